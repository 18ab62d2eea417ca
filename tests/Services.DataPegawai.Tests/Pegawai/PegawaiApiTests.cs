namespace Kinerja.DataPegawai.Tests.Pegawai;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.DataPegawai.Tests.Impor;
using Kinerja.Klien;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;

/// <summary>Reading, listing, resolving, and what the other services hear, checked on the real broker.</summary>
public sealed class PegawaiApiTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    private const string Wilayah = "3276";

    /// <summary>One teacher per test: the class shares a database, the tests must not share people.</summary>
    private sealed record Guru(int Nomor)
    {
        public string Nip => $"198503152010012{Nomor:000}";
        public string Nik => $"32760155038500{Nomor:00}";

        public string Dapodik(string nama, string npsn) =>
            $"{GeneratorData.HeaderDapodik}\n{Nik},{Nip},1234567890123456,\"{nama}\",1985-03-15,P,{npsn},guru\n";

        public string Siasn(string npsnUnor = "20000000") =>
            $"{GeneratorData.HeaderSiasn}\n{Nip},{Nik},Rina Wijaya,1985-03-15,P,PNS,Guru Ahli Madya,AhliMadya,III/c,UNOR-1,{npsnUnor},Pemkot,{Wilayah}\n";

        public string Dukcapil => $"{GeneratorData.HeaderDukcapil}\n{Nik},RINA WIJAYA,1985-03-15,P,Sumiati\n";
    }

    private async Task<DataUji> SiapAsync()
    {
        var data = new DataUji(api, Wilayah, seed: 41);
        await data.DaftarkanSekolahAsync(1);
        return data;
    }

    private async Task<JsonElement> SelesaikanAsync(DataUji data, Guru guru, string kode, HttpStatusCode harapan = HttpStatusCode.OK)
    {
        var response = await api.ClientWith(data.Token).KirimAsync(ApiDataPegawai.Selesaikan(guru.Nip, kode,
            new PenyelesaianDisparitas("Rina Wijaya", "Akta kelahiran diperiksa; nama di Dapodik salah ketik.")));
        Assert.Equal(harapan, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task a_non_asn_teacher_from_dapodik_and_dukcapil_only_is_padan_by_nuptk_and_on_becoming_pppk_keeps_her_id_and_gains_a_nip()
    {
        await using var terverifikasi = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PegawaiTerverifikasi");
        var data = await SiapAsync();
        const string nik = "3276014707900001";
        const string nuptk = "4039768669130012";
        var dapodik = $"{GeneratorData.HeaderDapodik}\n{nik},,{nuptk},\"Ayu Lestari, S.Pd.\",1990-07-07,P,20000000,guru\n";

        var job = await data.ImporAsync("dapodik", dapodik);
        Assert.Equal(1, job.GetProperty("diterima").GetInt64());
        await data.ImporAsync("dukcapil", $"{GeneratorData.HeaderDukcapil}\n{nik},AYU LESTARI,1990-07-07,P,Sumarni\n");

        // known by nuptk:<NUPTK>, padan without SI-ASN, and no NIP anywhere
        var pegawai = await data.PegawaiAsync($"nuptk:{nuptk}");
        Assert.True(pegawai.GetProperty("statusPadan").GetString() == "Padan", pegawai.ToString());
        Assert.False(pegawai.TryGetProperty("nip", out var nipDto) && nipDto.ValueKind != JsonValueKind.Null, pegawai.ToString());
        Assert.Equal(($"nuptk:{nuptk}", "NonASN"), (pegawai.GetProperty("pegawaiId").GetString(), pegawai.GetProperty("statusKepegawaian").GetString()));
        Assert.Empty(pegawai.GetProperty("disparitas").EnumerateArray());

        var pesan = (await terverifikasi.WaitUntilAsync(m => m.TryGetProperty("pegawaiId", out var id) && id.GetString() == $"nuptk:{nuptk}"))
            .GetProperty("message");
        Assert.False(pesan.TryGetProperty("nip", out var nip) && nip.ValueKind != JsonValueKind.Null, pesan.ToString());
        Assert.Equal(("NonASN", "", "AYU LESTARI"),
            (pesan.GetProperty("statusKepegawaian").GetString(), pesan.GetProperty("jenjang").GetString(), pesan.GetProperty("nama").GetString()));

        // she becomes PPPK: SI-ASN's record joins her by NIK; her id and history stay, and she gains a NIP
        const string nipPppk = "199007072023012001";
        var riwayatSebelum = await api.ClientWith(data.Token).GetFromJsonAsync<JsonElement>($"/api/pegawai/nuptk:{nuptk}/riwayat");
        await data.ImporAsync("siasn", $"{GeneratorData.HeaderSiasn}\n{nipPppk},{nik},Ayu Lestari,1990-07-07,P,PPPK,Guru Ahli Pertama,AhliPertama,IX,UNOR-1,20000000,Pemkot,{Wilayah}\n");
        var pppk = await data.PegawaiAsync($"nuptk:{nuptk}");
        Assert.True(pppk.GetProperty("statusPadan").GetString() == "Padan", pppk.ToString());
        Assert.Equal((nipPppk, "PPPK", "AhliPertama", $"nuptk:{nuptk}"), (pppk.GetProperty("nip").GetString(), pppk.GetProperty("statusKepegawaian").GetString(),
            pppk.GetProperty("jenjang").GetString(), pppk.GetProperty("pegawaiId").GetString()));
        var riwayat = await api.ClientWith(data.Token).GetFromJsonAsync<JsonElement>($"/api/pegawai/nuptk:{nuptk}/riwayat");
        Assert.True(riwayat.GetArrayLength() > riwayatSebelum.GetArrayLength());
        Assert.Equal(riwayatSebelum[0].ToString(), riwayat[0].ToString());
        var diangkat = (await terverifikasi.WaitUntilAsync(m => m.TryGetProperty("pegawaiId", out var id) && id.GetString() == $"nuptk:{nuptk}"
            && m.GetProperty("statusKepegawaian").GetString() == "PPPK")).GetProperty("message");
        Assert.Equal((nipPppk, "AhliPertama"), (diangkat.GetProperty("nip").GetString(), diangkat.GetProperty("jenjang").GetString()));

        // Dapodik then records her NIP beside the NUPTK: still the same person, not a second one under the NIP
        await data.ImporAsync("dapodik", $"{GeneratorData.HeaderDapodik}\n{nik},{nipPppk},{nuptk},\"Ayu Lestari, S.Pd.\",1990-07-07,P,20000000,guru\n");
        Assert.Equal("Padan", (await data.PegawaiAsync($"nuptk:{nuptk}")).GetProperty("statusPadan").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.ClientWith(data.Token).GetAsync($"/api/pegawai/{nipPppk}")).StatusCode);
    }

    [Fact]
    public async Task becoming_padan_publishes_PegawaiTerverifikasi_and_moving_school_publishes_PegawaiDimutasi()
    {
        await using var terverifikasi = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PegawaiTerverifikasi");
        await using var dimutasi = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PegawaiDimutasi");
        var data = await SiapAsync();
        var g = new Guru(1);

        await data.ImporSemuaAsync(g.Dapodik("Rina Wijaya, S.Pd.", "20000000"), g.Siasn(), g.Dukcapil);
        var padan = await data.PegawaiAsync(g.Nip);
        Assert.True(padan.GetProperty("statusPadan").GetString() == "Padan", padan.ToString());

        var pertama = (await terverifikasi.WaitUntilAsync(m => m.GetProperty("nip").GetString() == g.Nip)).GetProperty("message");
        Assert.Equal("AhliMadya", pertama.GetProperty("jenjang").GetString());
        Assert.Equal("20000000", pertama.GetProperty("npsn").GetString());
        Assert.Equal(Wilayah, pertama.GetProperty("wilayah").GetString());
        Assert.Equal("RINA WIJAYA", pertama.GetProperty("nama").GetString());

        // both Dapodik and SI-ASN record the move; in between the two disagree and nothing is published
        await data.ImporAsync("dapodik", g.Dapodik("Rina Wijaya, S.Pd.", "20000001"));
        await data.ImporAsync("siasn", g.Siasn("20000001"));

        var pindah = (await dimutasi.WaitUntilAsync(m => m.GetProperty("nip").GetString() == g.Nip)).GetProperty("message");
        Assert.Equal("20000000", pindah.GetProperty("npsnLama").GetString());
        Assert.Equal((g.Nip, "PNS"), (pindah.GetProperty("pegawaiId").GetString(), pindah.GetProperty("statusKepegawaian").GetString()));
        Assert.Equal("20000001", pindah.GetProperty("npsnBaru").GetString());
        var kedua = (await terverifikasi.WaitUntilAsync(m => m.GetProperty("nip").GetString() == g.Nip && m.GetProperty("npsn").GetString() == "20000001")).GetProperty("message");
        Assert.NotEqual(pertama.GetProperty("eventId").GetGuid(), kedua.GetProperty("eventId").GetGuid());
    }

    [Fact]
    public async Task an_override_makes_padan_survives_an_unchanged_reimport_and_lapses_when_the_source_changes()
    {
        var data = await SiapAsync();
        var g = new Guru(2);
        await data.ImporSemuaAsync(g.Dapodik("Rina Wiajya", "20000000"), g.Siasn(), g.Dukcapil, "dukcapil", "siasn", "dapodik");
        Assert.Equal("BelumPadan", (await data.PegawaiAsync(g.Nip)).GetProperty("statusPadan").GetString());

        var selesai = await SelesaikanAsync(data, g, "nama-dapodik-dukcapil");
        Assert.Equal("Padan", selesai.GetProperty("statusPadan").GetString());
        Assert.Contains("Akta", selesai.GetProperty("penyelesaian")[0].GetProperty("alasan").GetString(), StringComparison.Ordinal);

        await data.ImporAsync("dapodik", g.Dapodik("Rina Wiajya", "20000000"));
        Assert.Equal("Padan", (await data.PegawaiAsync(g.Nip)).GetProperty("statusPadan").GetString());

        // Dapodik now disagrees differently: the resolution was for other values, so it lapses
        await data.ImporAsync("dapodik", g.Dapodik("Rina Wijayanti", "20000000"));
        var kini = await data.PegawaiAsync(g.Nip);
        Assert.Equal("BelumPadan", kini.GetProperty("statusPadan").GetString());
        Assert.Empty(kini.GetProperty("penyelesaian").EnumerateArray());

        var riwayat = await api.ClientWith(data.Token).GetFromJsonAsync<JsonElement>($"/api/pegawai/{g.Nip}/riwayat");
        var jenis = riwayat.EnumerateArray().Select(e => e.GetProperty("jenis").GetString()).ToList();
        Assert.Contains("disparitas_diselesaikan", jenis);
        Assert.Contains("penyelesaian_gugur", jenis);
    }

    [Fact]
    public async Task resolving_needs_a_reason_an_open_disparitas_and_the_operator_of_the_wilayah()
    {
        var data = await SiapAsync();
        var g = new Guru(3);
        var nip = g.Nip;
        await data.ImporAsync("dapodik", g.Dapodik("Rina Wijaya", "20000000"));

        var tanpaAlasan = await api.ClientWith(data.Token).KirimAsync(ApiDataPegawai.Selesaikan(nip, "tidak-ada-siasn", new PenyelesaianDisparitas("x", null)));
        var tidakAda = await api.ClientWith(data.Token).KirimAsync(ApiDataPegawai.Selesaikan(nip, "nama-siasn-dukcapil", new PenyelesaianDisparitas("x", "y")));
        var lain = await api.ClientWith(Token.Operator("3171")).KirimAsync(ApiDataPegawai.Selesaikan(nip, "tidak-ada-siasn", new PenyelesaianDisparitas("x", "y")));
        var guru = await api.ClientWith(Token.Guru(nip, "20000000")).KirimAsync(ApiDataPegawai.Selesaikan(nip, "tidak-ada-siasn", new PenyelesaianDisparitas("x", "y")));

        Assert.Equal(HttpStatusCode.BadRequest, tanpaAlasan.StatusCode);
        Assert.True((await tanpaAlasan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("alasan", out _));
        Assert.Equal(HttpStatusCode.Conflict, tidakAda.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, guru.StatusCode);
    }

    [Fact]
    public async Task a_guru_reads_only_their_own_record_whole_and_their_principal_sees_it_masked()
    {
        var data = await SiapAsync();
        var g = new Guru(4);
        var nip = g.Nip;
        await data.ImporAsync("dapodik", g.Dapodik("Rina Wijaya", "20000000"));
        await data.ImporAsync("dukcapil", g.Dukcapil);

        var sendiri = await api.ClientWith(Token.Guru(nip, "20000000")).GetAsync($"/api/pegawai/{nip}");
        var oranglain = await api.ClientWith(Token.Guru("199001012015011001", "20000000")).GetAsync($"/api/pegawai/{nip}");
        var kepala = await api.ClientWith(Token.Untuk("197001012000011001", "kepala-sekolah", npsn: "20000000")).GetAsync($"/api/pegawai/{nip}");
        var kepalaLain = await api.ClientWith(Token.Untuk("197001012000011001", "kepala-sekolah", npsn: "20000001")).GetAsync($"/api/pegawai/{nip}");
        var operatorLain = await api.ClientWith(Token.Operator("3171")).GetAsync($"/api/pegawai/{nip}");
        var operatorSendiri = await data.PegawaiAsync(g.Nip);

        Assert.Equal(HttpStatusCode.OK, sendiri.StatusCode);
        var dilihatGuru = await sendiri.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(g.Nik, dilihatGuru.GetProperty("nik").GetString());
        Assert.Equal("Sumiati", dilihatGuru.GetProperty("namaIbuKandung").GetString());
        var dilihatKepala = await kepala.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("****************", dilihatKepala.GetProperty("nik").GetString());
        Assert.Equal(JsonValueKind.Null, dilihatKepala.GetProperty("namaIbuKandung").ValueKind);
        Assert.Equal(g.Nik, operatorSendiri.GetProperty("nik").GetString());
        Assert.Equal("Sumiati", operatorSendiri.GetProperty("namaIbuKandung").GetString());
        Assert.Equal(HttpStatusCode.NotFound, oranglain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kepala.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, kepalaLain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, operatorLain.StatusCode);
    }

    [Fact]
    public async Task lists_and_the_summary_show_only_the_callers_region()
    {
        var data = await SiapAsync();
        var (dapodik, siasn, dukcapil, orang) = new DataUji(api, Wilayah, seed: 42).Buat(60);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        var client = api.ClientWith(data.Token);

        var ringkasan = await client.GetFromJsonAsync<JsonElement>("/api/pegawai/ringkasan");
        var belum = await client.GetFromJsonAsync<JsonElement>("/api/pegawai?statusPadan=BelumPadan&pageSize=200");
        var halaman = await client.GetFromJsonAsync<JsonElement>("/api/pegawai?page=2&pageSize=10");
        var lain = await api.ClientWith(Token.Operator("3171")).GetFromJsonAsync<JsonElement>("/api/pegawai/ringkasan");
        var mintaLain = await client.GetAsync("/api/pegawai?wilayah=3171");
        var terlaluBesar = await client.GetAsync("/api/pegawai?pageSize=500");

        Assert.Equal(ringkasan.GetProperty("total").GetInt64(), ringkasan.GetProperty("padan").GetInt64() + ringkasan.GetProperty("belumPadan").GetInt64());
        Assert.True(ringkasan.GetProperty("total").GetInt64() >= orang.Count);
        Assert.Equal(ringkasan.GetProperty("belumPadan").GetInt64(), belum.GetProperty("total").GetInt64());
        Assert.All(belum.GetProperty("items").EnumerateArray(), p => Assert.Equal("BelumPadan", p.GetProperty("statusPadan").GetString()));
        Assert.Equal(10, halaman.GetProperty("items").GetArrayLength());
        Assert.Equal(0, lain.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, mintaLain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, terlaluBesar.StatusCode);
    }
}
