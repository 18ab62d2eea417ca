namespace Kinerja.DataPegawai.Tests.Sekolah;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Klien;
using Kinerja.Testing;

public sealed class SekolahApiTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    private const string Wilayah = "3273";
    private const string KepalaNip = "197505102000031002";
    private static readonly string OperatorBandung = Token.Operator(Wilayah);
    private static readonly string OperatorLain = Token.Operator("3171");

    /// <summary>A school of <see cref="Wilayah"/>; the two NIPs these tests assign are padan pegawai there (issue 29, item 8).</summary>
    private async Task<string> SekolahTerdaftarAsync()
    {
        await api.PegawaiPadanAsync(Wilayah, KepalaNip);
        await api.PegawaiPadanAsync(Wilayah, "198001012005011001");
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("SD Negeri 1 Bandung", Wilayah));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return npsn;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task operator_registers_a_school_in_own_wilayah()
    {
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("SMP Negeri 2", Wilayah));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/sekolah/{npsn}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SMP Negeri 2", body.GetProperty("nama").GetString());
    }

    [Fact]
    public async Task saving_an_unchanged_school_appends_no_event()
    {
        var npsn = await SekolahTerdaftarAsync();
        var again = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("SD Negeri 1 Bandung", Wilayah));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task renaming_with_the_current_etag_succeeds()
    {
        var npsn = await SekolahTerdaftarAsync();
        var client = api.ClientWith(OperatorBandung);
        var request = ApiKlien.Pesan(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("SD Negeri Satu", Wilayah)), "\"1\"");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused_and_changes_nothing()
    {
        var npsn = await SekolahTerdaftarAsync();
        await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("Nama Baru", Wilayah));
        var request = ApiKlien.Pesan(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("Nama Lain", Wilayah)), "\"1\"");

        var response = await api.ClientWith(OperatorBandung).SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Contains("If-Match", (await ProblemAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(2, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task assigning_a_principal_publishes_KepalaSekolahDitugaskan_on_the_broker()
    {
        await using var broker = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "KepalaSekolahDitugaskan");
        var npsn = await SekolahTerdaftarAsync();

        var response = await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(KepalaNip, true, new DateOnly(2026, 1, 2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = await broker.WaitUntilAsync(m => m.GetProperty("npsn").GetString() == npsn);
        var message = envelope.GetProperty("message");
        Assert.Equal(KepalaNip, message.GetProperty("nip").GetString());
        Assert.True(message.GetProperty("plt").GetBoolean());
        Assert.Equal("2026-01-02", message.GetProperty("berlakuSejak").GetString());
        Assert.Equal(Wilayah, message.GetProperty("wilayah").GetString());
        // the message id is the Marten event id: that is what consumers deduplicate on
        Assert.Equal(message.GetProperty("eventId").GetGuid(), envelope.GetProperty("messageId").GetGuid());
    }

    [Fact]
    public async Task the_audit_trail_names_who_did_what()
    {
        var npsn = await SekolahTerdaftarAsync();
        await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(KepalaNip, false));

        var riwayat = await api.ClientWith(OperatorBandung).GetFromJsonAsync<JsonElement>($"/api/sekolah/{npsn}/riwayat");

        Assert.Equal(2, riwayat.GetArrayLength());
        Assert.All(riwayat.EnumerateArray(), e => Assert.Equal("198001012005011001", e.GetProperty("pelaku").GetString()));
        Assert.Equal("kepala_sekolah_ditugaskan", riwayat[1].GetProperty("jenis").GetString());
        Assert.False(string.IsNullOrEmpty(riwayat[1].GetProperty("correlationId").GetString()));
    }

    [Fact]
    public async Task admin_may_act_in_any_wilayah()
    {
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.SimpanSekolahAsync(Token.Admin(), npsn, new SimpanSekolah("SMA Negeri 3", "9471"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("2021999")]
    [InlineData("2021999a")]
    [InlineData("202199991")]
    public async Task a_bad_npsn_is_a_400_naming_npsn_and_stores_nothing(string npsn)
    {
        var response = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("SD", Wilayah));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("npsn", out _));
        Assert.Equal(0, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task missing_name_and_bad_wilayah_are_both_reported()
    {
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah(null, "32.73"));

        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("nama", out _));
        Assert.True(errors.TryGetProperty("wilayah", out _));
        Assert.Equal(0, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task an_operator_cannot_register_a_school_in_another_wilayah()
    {
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.SimpanSekolahAsync(OperatorBandung, npsn, new SimpanSekolah("SD Jakarta", "3171"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("wilayah", out _));
        Assert.Equal(0, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task assigning_a_principal_to_an_unknown_school_is_a_400_naming_npsn()
    {
        var npsn = DataPegawaiApi.NpsnBaru();
        var response = await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(KepalaNip, false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("belum terdaftar", (await ProblemAsync(response)).GetProperty("errors").GetProperty("npsn")[0].GetString());
        Assert.Equal(0, await api.JumlahEventAsync(npsn));
    }

    [Theory]
    [InlineData("19750510200003100")] // 17 digits
    [InlineData("197513102000031002")] // month 13 in birth date
    [InlineData("197505102000033002")] // sex digit 3
    public async Task a_bad_nip_is_a_400_naming_nip_and_stores_nothing(string nip)
    {
        var npsn = await SekolahTerdaftarAsync();
        var response = await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(nip, false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("nip", out _));
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    /// <summary>Issue 29, item 8: a NIP nobody imported, one still belum padan, or one of another wilayah heads no school.</summary>
    [Fact]
    public async Task only_a_padan_pegawai_of_the_schools_wilayah_may_be_assigned()
    {
        var npsn = await SekolahTerdaftarAsync();
        await api.PegawaiPadanAsync("3204", "197801012006041002");
        var belumPadan = new Impor.DataUji(api, Wilayah, seed: 0);
        await belumPadan.ImporAsync("dapodik", $"{Kinerja.Testing.DataSintetis.GeneratorData.HeaderDapodik}\n3273010202790001,197902022006041003,,Belum Padan,1979-02-02,L,{npsn},guru\n");

        foreach (var nip in new[] { "196912312000031001", "197902022006041003", "197801012006041002" })
        {
            var response = await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(nip, false));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("padan di wilayah", (await ProblemAsync(response)).GetProperty("errors").GetProperty("nip")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task plt_must_be_said()
    {
        var npsn = await SekolahTerdaftarAsync();
        // a body without plt, which the client's record cannot express
        var response = await api.ClientWith(OperatorBandung).PutAsJsonAsync($"/api/sekolah/{npsn}/kepala", new { nip = KepalaNip });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("plt", out _));
    }

    [Theory]
    [InlineData("{\"nip\": \"197505102000031002\", \"plt\": \"ya\"}", "$.plt")]
    [InlineData("{\"nip\": 197505102000031002, \"plt\": false}", "$.nip")]
    [InlineData("{\"nip\": \"197505102000031002\", \"plt\": false", "")]
    [InlineData("not json at all", "")]
    public async Task malformed_json_is_a_400_problem_not_a_500(string json, string path)
    {
        var npsn = await SekolahTerdaftarAsync();
        var response = await api.ClientWith(OperatorBandung)
            .PutAsync($"/api/sekolah/{npsn}/kepala", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, (await ProblemAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task a_guru_is_forbidden()
    {
        var npsn = await SekolahTerdaftarAsync();
        var response = await api.TugaskanKepalaAsync(Token.Guru("199212312019032002", npsn), npsn, new TugaskanKepala(KepalaNip, false));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task no_token_is_a_401()
    {
        var npsn = await SekolahTerdaftarAsync();
        var response = await api.TugaskanKepalaAsync(null, npsn, new TugaskanKepala(KepalaNip, false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task a_forged_token_is_a_401()
    {
        var npsn = await SekolahTerdaftarAsync();
        var response = await api.TugaskanKepalaAsync(Token.Palsu("198001012005011001", "admin"), npsn, new TugaskanKepala(KepalaNip, false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task an_operator_of_another_wilayah_gets_404_for_every_route()
    {
        var npsn = await SekolahTerdaftarAsync();
        var client = api.ClientWith(OperatorLain);

        var kepala = await api.TugaskanKepalaAsync(OperatorLain, npsn, new TugaskanKepala(KepalaNip, false));
        var rename = await api.SimpanSekolahAsync(OperatorLain, npsn, new SimpanSekolah("Diambil alih", "3171"));
        var read = await client.GetAsync($"/api/sekolah/{npsn}");
        var riwayat = await client.GetAsync($"/api/sekolah/{npsn}/riwayat");

        Assert.Equal(HttpStatusCode.NotFound, kepala.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, riwayat.StatusCode);
        Assert.Equal(1, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task staff_of_the_school_may_read_it_and_others_may_not()
    {
        var npsn = await SekolahTerdaftarAsync();

        var own = await api.ClientWith(Token.Guru("199212312019032002", npsn)).GetAsync($"/api/sekolah/{npsn}");
        var other = await api.ClientWith(Token.Guru("199212312019032002", "11111111")).GetAsync($"/api/sekolah/{npsn}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("\"1\"", own.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task a_principal_cannot_be_backdated_before_the_current_one()
    {
        var npsn = await SekolahTerdaftarAsync();
        await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala(KepalaNip, false, new DateOnly(2026, 3, 1)));

        var response = await api.TugaskanKepalaAsync(OperatorBandung, npsn, new TugaskanKepala("198001012005011001", false, new DateOnly(2026, 2, 1)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(2, await api.JumlahEventAsync(npsn));
    }

    [Fact]
    public async Task concurrent_writers_with_the_same_if_match_one_wins_the_rest_get_412()
    {
        var npsn = await SekolahTerdaftarAsync();
        const int penulis = 12;

        var hasil = await Task.WhenAll(Enumerable.Range(0, penulis).Select(async i =>
        {
            var request = ApiKlien.Pesan(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah($"SD Negeri {i}", Wilayah)), "\"1\"");
            return (await api.ClientWith(OperatorBandung).SendAsync(request)).StatusCode;
        }));

        Assert.Equal(1, hasil.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(penulis - 1, hasil.Count(s => s == HttpStatusCode.PreconditionFailed));
        // the stream holds the registration and exactly one change, and the read model agrees with it
        Assert.Equal(2, await api.JumlahEventAsync(npsn));
        var sekolah = await api.ClientWith(OperatorBandung).GetAsync($"/api/sekolah/{npsn}");
        Assert.Equal("\"2\"", sekolah.Headers.ETag?.Tag);
    }

    /// <summary>Issue 30, item 5: the operator assigns a school its penilai-ks, and reassigns it with a history.</summary>
    [Fact]
    public async Task an_operator_assigns_and_reassigns_the_schools_penilai_ks_and_the_history_shows_both()
    {
        var npsn = await SekolahTerdaftarAsync();
        var operatorBandung = api.ClientWith(OperatorBandung);

        var pertama = await operatorBandung.KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai("196801011990031004", new DateOnly(2026, 1, 1))));
        Assert.Equal(HttpStatusCode.OK, pertama.StatusCode);
        var kedua = await operatorBandung.KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai("196901011991031005", new DateOnly(2026, 7, 1))));
        var sekolah = await kedua.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("196901011991031005", "2026-07-01"),
            (sekolah.GetProperty("penilai").GetProperty("nip").GetString(), sekolah.GetProperty("penilai").GetProperty("berlakuSejak").GetString()));

        var riwayat = await operatorBandung.GetFromJsonAsync<JsonElement>($"/api/sekolah/{npsn}/riwayat");
        var penugasan = riwayat.EnumerateArray().Where(e => e.GetProperty("jenis").GetString() == "penilai_ks_ditugaskan").ToList();
        Assert.Equal(["196801011990031004", "196901011991031005"], penugasan.Select(e => e.GetProperty("data").GetProperty("penilaiNip").GetString()));
    }

    [Fact]
    public async Task a_penilai_ks_assignment_with_a_bad_nip_or_from_another_wilayah_stores_nothing()
    {
        var npsn = await SekolahTerdaftarAsync();
        var sebelum = await api.JumlahEventAsync(npsn);

        var salah = await api.ClientWith(OperatorBandung).KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai("12345")));
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.Contains("18 digit", (await ProblemAsync(salah)).GetProperty("errors").GetProperty("nip")[0].GetString(), StringComparison.Ordinal);
        var lain = await api.ClientWith(OperatorLain).KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai("196801011990031004")));
        Assert.Equal(HttpStatusCode.NotFound, lain.StatusCode);
        var guru = await api.ClientWith(Token.Guru("198001012005011001", npsn)).KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai("196801011990031004")));
        Assert.Equal(HttpStatusCode.Forbidden, guru.StatusCode);
        Assert.Equal(sebelum, await api.JumlahEventAsync(npsn));
    }
}
