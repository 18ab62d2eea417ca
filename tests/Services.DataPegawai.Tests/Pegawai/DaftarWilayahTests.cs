namespace Kinerja.DataPegawai.Tests.Pegawai;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.DataPegawai.Tests.Impor;
using Kinerja.Testing.DataSintetis;
using Token = Kinerja.Testing.Token;

/// <summary>
/// What the operator's pages read: the wilayah's schools and import jobs, the pegawai list with its filters and
/// order, per-school counts, and each source's view of a person. Each is the operator's wilayah only; refusals
/// are checked as carefully as the answers.
/// </summary>
public sealed class DaftarWilayahTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    private const string Wilayah = "3291";
    private const string WilayahLain = "3292";

    private HttpClient Operator => api.ClientWith(Token.Operator(Wilayah));
    private HttpClient OperatorLain => api.ClientWith(Token.Operator(WilayahLain, "198101012005011002"));

    private async Task<(DataUji Data, List<OrangSintetis> Orang)> WilayahAsync()
    {
        var data = new DataUji(api, Wilayah, seed: 91);
        await data.DaftarkanSekolahAsync(1);
        var (dapodik, siasn, dukcapil, orang) = data.Buat(60);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        return (data, orang);
    }

    [Fact]
    public async Task an_operator_lists_and_searches_their_wilayahs_schools_and_no_one_else_does()
    {
        await WilayahAsync();
        var semua = await Operator.GetFromJsonAsync<JsonElement>("/api/sekolah?pageSize=10");
        Assert.Equal(2, semua.GetProperty("total").GetInt64());
        var npsn = GeneratorData.NpsnSekolah(1);
        var cari = await Operator.GetFromJsonAsync<JsonElement>($"/api/sekolah?cari={npsn}");
        Assert.Equal(npsn, Assert.Single(cari.GetProperty("items").EnumerateArray()).GetProperty("npsn").GetString());
        var nama = await Operator.GetFromJsonAsync<JsonElement>($"/api/sekolah?cari=sd%20{npsn}");
        Assert.Equal(1, nama.GetProperty("total").GetInt64());

        Assert.Equal(0, (await OperatorLain.GetFromJsonAsync<JsonElement>($"/api/sekolah?cari={npsn}")).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ClientWith(Token.Guru("198503152010012001", npsn)).GetAsync("/api/sekolah")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await api.ClientWith(Token.Untuk("197001012000011001", "kepala-sekolah", npsn: npsn)).GetAsync("/api/sekolah")).StatusCode);
    }

    [Fact]
    public async Task import_jobs_are_listed_for_their_wilayah_newest_first_with_counts_but_not_their_rejected_rows()
    {
        var (data, _) = await WilayahAsync();
        var salah = await data.ImporAsync("dapodik", $"{GeneratorData.HeaderDapodik}\n123,198503152010012001,,Satu,1985-03-15,P,{GeneratorData.NpsnSekolah(0)},guru\n");
        Assert.Equal(1, salah.GetProperty("jumlahBaris").GetInt64());
        Assert.Equal(1, salah.GetProperty("ditolak").GetArrayLength());

        var daftar = await Operator.GetFromJsonAsync<JsonElement>("/api/pegawai/impor");
        var jobs = daftar.GetProperty("items").EnumerateArray().ToList();
        // the class shares its database, so other tests' jobs of this wilayah may be listed too: at least these four
        Assert.True(jobs.Count >= 4, daftar.ToString());
        Assert.Equal(salah.GetProperty("id").GetGuid(), jobs[0].GetProperty("id").GetGuid());
        var mulai = jobs.Select(j => j.GetProperty("mulai").GetDateTimeOffset()).ToList();
        Assert.Equal(mulai.OrderDescending(), mulai);
        Assert.Equal(1, jobs[0].GetProperty("jumlahDitolak").GetInt64());
        Assert.All(jobs, j => Assert.Equal(0, j.GetProperty("ditolak").GetArrayLength()));
        // the file's rows were counted when it was checked, so progress has a whole to measure against
        Assert.All(jobs, j => Assert.Equal(j.GetProperty("jumlahBaris").GetInt64(), j.GetProperty("diproses").GetInt64()));
        Assert.True(jobs[^1].GetProperty("jumlahBaris").GetInt64() > 0);

        Assert.Equal(0, (await OperatorLain.GetFromJsonAsync<JsonElement>("/api/pegawai/impor")).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await OperatorLain.GetAsync($"/api/pegawai/impor/{salah.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ClientWith(Token.Guru("198503152010012001", GeneratorData.NpsnSekolah(0))).GetAsync("/api/pegawai/impor")).StatusCode);
    }

    [Fact]
    public async Task the_pegawai_list_puts_belum_padan_first_filters_by_disparitas_kind_and_counts_per_school()
    {
        var (_, orang) = await WilayahAsync();
        var halaman = await Operator.GetFromJsonAsync<JsonElement>("/api/pegawai?pageSize=200");
        var status = halaman.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("statusPadan").GetString()).ToList();
        var belum = status.Count(s => s == "BelumPadan");
        Assert.InRange(belum, 1, status.Count - 1);
        Assert.All(status.Take(belum), s => Assert.Equal("BelumPadan", s));

        var nama = orang.Where(o => o.Kasus == Kasus.NamaBerbeda).Select(o => o.Nip).ToHashSet();
        Assert.NotEmpty(nama);
        var disaring = await Operator.GetFromJsonAsync<JsonElement>("/api/pegawai?jenisDisparitas=Nama&pageSize=200");
        var dapat = disaring.GetProperty("items").EnumerateArray().ToList();
        Assert.All(dapat, p => Assert.Contains(p.GetProperty("disparitas").EnumerateArray(), d => d.GetProperty("jenis").GetString() == "Nama"));
        Assert.Superset(nama, dapat.Select(p => p.GetProperty("nip").GetString()!).ToHashSet());

        var perSekolah = (await Operator.GetFromJsonAsync<JsonElement>("/api/pegawai/ringkasan/sekolah")).EnumerateArray().ToList();
        // someone Dapodik does not know has no school yet: counted in the wilayah's list, not under a school
        var bersekolah = halaman.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("npsn").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(bersekolah.Count, perSekolah.Sum(s => s.GetProperty("jumlah").EnumerateObject().Sum(j => j.Value.GetInt64())));
        Assert.Equal(bersekolah.Count(p => p.GetProperty("statusPadan").GetString() == "BelumPadan"),
            perSekolah.Sum(s => s.GetProperty("jumlah").TryGetProperty("BelumPadan", out var b) ? b.GetInt64() : 0));

        Assert.Empty((await OperatorLain.GetFromJsonAsync<JsonElement>("/api/pegawai/ringkasan/sekolah")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ClientWith(Token.Guru(orang[0].Nip, orang[0].Npsn)).GetAsync("/api/pegawai/ringkasan/sekolah")).StatusCode);
    }

    [Fact]
    public async Task each_sources_view_is_shown_side_by_side_with_niks_whole_for_the_operator_and_masked_for_the_principal()
    {
        var (_, orang) = await WilayahAsync();
        var satu = orang.First(o => o.Kasus == Kasus.Bersih);
        var p = await Operator.GetFromJsonAsync<JsonElement>($"/api/pegawai/{satu.Nip}");
        var menurut = p.GetProperty("menurut").EnumerateArray().ToList();
        Assert.Equal(["dapodik", "siasn", "dukcapil"], menurut.Select(m => m.GetProperty("sumber").GetString()));
        Assert.All(menurut, m => Assert.Equal(satu.Nik, m.GetProperty("nik").GetString()));

        var kepala = api.ClientWith(Token.Untuk("197001012000011001", "kepala-sekolah", npsn: satu.Npsn));
        var dilihatKepala = await kepala.GetFromJsonAsync<JsonElement>($"/api/pegawai/{satu.Nip}");
        Assert.All(dilihatKepala.GetProperty("menurut").EnumerateArray(), m => Assert.DoesNotContain(satu.Nik, m.GetProperty("nik").GetString()!));
        Assert.DoesNotContain(satu.Nik, dilihatKepala.ToString());
    }
}
