namespace Kinerja.DataPegawai.Tests.Impor;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Klien;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;

/// <summary>Bad rows are reported and skipped; a bad file is refused whole and nothing is stored.</summary>
public sealed class ValidasiImporTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    private const string Baik = "3271014501800001,198001012005011001,1234567890123456,Siti Aminah,1980-01-05,P,20000000,guru";

    /// <summary>Another good row: stored by the role test, so it must not be <see cref="Baik"/>, which the row-rule test expects to be new.</summary>
    private const string BaikLain = "3271014202800002,198002022006012002,,Dewi Lestari,1980-02-02,P,20000000,guru";

    private static string Dapodik(params string[] rows) => GeneratorData.HeaderDapodik + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public async Task every_row_rule_rejects_with_its_line_and_reason_and_good_rows_are_kept()
    {
        var data = new DataUji(api, "3271", seed: 31);
        await data.DaftarkanSekolahAsync(0);
        await api.SimpanSekolahAsync(Token.Operator("3171"), "31710001", new SimpanSekolah("SD Jakarta", "3171"));
        (string Row, string Reason)[] buruk =
        [
            ("3271014501800002,198002302005011001,,Ani,1980-01-05,P,20000000,guru", "nip: NIP: tanggal lahir"),
            ("3271014501800003,198001012005013001,,Ani,1980-01-05,P,20000000,guru", "jenis kelamin"),
            ("3271014501800004,198001012005131001,,Ani,1980-01-05,P,20000000,guru", "TMT"),
            ("3271017201800005,198001012005021001,,Ani,1980-01-05,P,20000000,guru", "nik: NIK: tanggal lahir"),
            ("327101450180000,198001012005031001,,Ani,1980-01-05,P,20000000,guru", "nik: NIK harus 16 digit"),
            ("3271014501800006,198001012005041001,123456789012345,Ani,1980-01-05,P,20000000,guru", "nuptk"),
            ("3271014501800007,198001012005051001,,Ani,1980-01-05,P,2000000,guru", "npsn"),
            ("3271014501800008,198001012005061001,,,1980-01-05,P,20000000,guru", "nama: wajib diisi"),
            ("3271014501800009,198001012005071001,,Ani,05-01-1980,P,20000000,guru", "tanggal_lahir"),
            ("3271014501800010,198001012005081001,,Ani,1980-01-05,W,20000000,guru", "jenis_kelamin: harus L atau P"),
            ("3271014501800011,198001012005091001,,Ani,1980-01-05,P,20000000,tendik", "jenis_ptk"),
            ("3271014501800012,198001012005101001,,Ani,1980-01-05,P,29999999,guru", "belum terdaftar"),
            ("3271014501800013,198001012005111001,,Ani,1980-01-05,P,31710001,guru", "di luar wilayah"),
            // neither a NIP (ASN) nor a NUPTK (non-ASN): nobody to key the row by
            ("3271014501800014,,,Ani,1980-01-05,P,20000000,guru", "nip: wajib diisi"),
        ];

        var job = await data.ImporAsync("dapodik", Dapodik([Baik, .. buruk.Select(b => b.Row)]));

        Assert.Equal(1, job.GetProperty("diterima").GetInt64());
        Assert.Equal(buruk.Length, job.GetProperty("jumlahDitolak").GetInt64());
        var ditolak = job.GetProperty("ditolak").EnumerateArray().ToDictionary(d => d.GetProperty("baris").GetInt32(), d => d.GetProperty("alasan").GetString()!);
        for (var i = 0; i < buruk.Length; i++)
        {
            // line 1 is the header, line 2 the good row
            Assert.Contains(buruk[i].Reason, ditolak[i + 3], StringComparison.Ordinal);
        }

        Assert.Equal(1, await api.JumlahEventAsync("198001012005011001") > 0 ? 1 : 0);
        foreach (var nip in buruk.Select(b => b.Row.Split(',')[1]))
        {
            Assert.Equal(0, await api.JumlahEventAsync(nip));
        }
    }

    [Theory]
    [InlineData("nik,nip,nama\n1,2,3\n", "text/csv", "kolom yang tidak ada")]
    [InlineData("nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n3271014501800001,A,1980-01-05,P,B\n", "text/csv", "kolom yang tidak dikenal")]
    [InlineData("{\"nik\": \"1\"}", "application/json", "larik")]
    [InlineData("[{\"nik\": \"1\"", "application/json", "JSON rusak")]
    [InlineData("[1, 2]", "application/json", "objek")]
    [InlineData("", "text/csv", "kosong")]
    public async Task a_malformed_file_is_refused_whole_and_nothing_is_stored(string isi, string contentType, string alasan)
    {
        var data = new DataUji(api, "3272", seed: 32);
        var sebelum = await api.JumlahSemuaEventAsync();

        var response = await data.UnggahAsync("dapodik", isi, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(alasan, problem.GetProperty("errors").GetProperty("berkas")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(sebelum, await api.JumlahSemuaEventAsync());
    }

    [Fact]
    public async Task a_file_that_is_not_utf8_is_refused_with_where()
    {
        var data = new DataUji(api, "3271", seed: 33);
        var bytes = Encoding.Latin1.GetBytes(Dapodik("3271014501800001,198001012005011001,,Siti Aminah Ñ,1980-01-05,P,20000000,guru"));

        var response = await api.ClientWith(data.Token).PostAsync("/api/pegawai/impor/dapodik",
            new ByteArrayContent(bytes) { Headers = { ContentType = new("text/csv") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unknown_source_or_content_type_is_a_400_naming_it()
    {
        var data = new DataUji(api, "3271", seed: 34);

        var sumber = await data.UnggahAsync("emis", Dapodik(Baik));
        var jenis = await data.UnggahAsync("dapodik", Dapodik(Baik), "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, sumber.StatusCode);
        Assert.True((await sumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sumber", out _));
        Assert.Equal(HttpStatusCode.BadRequest, jenis.StatusCode);
        Assert.True((await jenis.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Content-Type", out _));
    }

    [Fact]
    public async Task only_operators_and_admins_import_and_only_their_own_jobs_are_visible()
    {
        var data = new DataUji(api, "3271", seed: 35);
        await data.DaftarkanSekolahAsync(0);
        var guru = await data.UnggahAsync("dapodik", Dapodik(Baik), token: Token.Guru("198001012005011001", "20000000"));
        var anonim = await api.ClientWith(null).PostAsync("/api/pegawai/impor/dapodik", new StringContent(Dapodik(Baik), Encoding.UTF8, "text/csv"));
        var diterima = await data.UnggahAsync("dapodik", Dapodik(BaikLain));

        var lain = await api.ClientWith(Token.Operator("3171")).GetAsync(diterima.Headers.Location);
        var admin = await api.ClientWith(Token.Admin()).GetAsync(diterima.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, guru.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonim.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, diterima.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
