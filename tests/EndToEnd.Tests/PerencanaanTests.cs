namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>
/// Issue 4's walk through the gateway: an operator imports a padan teacher and assigns a principal, the
/// teacher drafts and submits, the principal returns it, the teacher fixes and resubmits, the principal
/// agrees, and SkpDisepakati reaches a subscriber on the broker.
/// </summary>
public sealed class PerencanaanTests(SistemTerbuka sistem) : IClassFixture<SistemTerbuka>
{
    private const string Wilayah = "3273";
    // a person no other test assembly publishes: they all share the broker
    private const string Guru = "198606162011012001";
    private const string Nik = "3273015606860001";
    private const string Kepala = "197505102000031002";
    private const string NikKepala = "3273011005750001";

    [Fact]
    public async Task a_teachers_year_from_padan_data_through_agreement_and_the_improvement_cycle()
    {
        await using var broker = await BrokerSubscriber.StartAsync(sistem.Broker, sistem.Awalan, "SkpDisepakati");
        await using var brokerSiklus = await BrokerSubscriber.StartAsync(sistem.Broker, sistem.Awalan, "SiklusSelesai");
        // a regional system: its own durable queue on the predikat exchange, plain RabbitMQ.Client
        await using var regional = await BrokerSubscriber.StartAsync(sistem.Broker, sistem.Awalan, "PredikatKinerjaDitetapkan",
            queue: $"bkd-{Wilayah}-{Guid.NewGuid():n}", durable: true);
        var npsn = Random.Shared.Next(30_000_000, 39_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var op = await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: Wilayah);

        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("SD Negeri Uji", Wilayah))), HttpStatusCode.Created);
        await sistem.ImporAsync(op, "dapodik", $"nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n{Nik},{Guru},,\"Rina Wijaya, S.Pd.\",1986-06-16,P,{npsn},guru\n{NikKepala},{Kepala},,Budi Santoso,1975-05-10,L,{npsn},guru\n");
        await sistem.ImporAsync(op, "siasn", $"nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi\n{Guru},{Nik},Rina Wijaya,1986-06-16,P,PNS,Guru Ahli Madya,AhliMadya,III/c,UNOR-1,{npsn},Pemkot Bandung,{Wilayah}\n{Kepala},{NikKepala},Budi Santoso,1975-05-10,L,PNS,Guru Ahli Madya,AhliMadya,IV/a,UNOR-1,{npsn},Pemkot Bandung,{Wilayah}\n");
        await sistem.ImporAsync(op, "dukcapil", $"nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n{Nik},RINA WIJAYA,1986-06-16,P,Sumiati\n{NikKepala},BUDI SANTOSO,1975-05-10,L,Sulastri\n");
        // a principal is a padan pegawai of the wilayah: assigned once all three sources know them
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Kepala(npsn, new TugaskanKepala(Kepala, false))));
        // the principal is rated by the penilai-ks the operator assigns the school, not by any of the wilayah
        var penugasan = await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai(KlienDemo.PenilaiKs))));
        Assert.Equal(KlienDemo.PenilaiKs, penugasan.GetProperty("penilai").GetProperty("nip").GetString());
        Assert.Equal("Padan", (await op.GetFromJsonAsync<JsonElement>($"/api/pegawai/{Guru}")).GetProperty("statusPadan").GetString());
        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<string>("perencanaan", "select data->>'npsn' from mt_doc_pegawailokal where id = $1", Guru) == npsn
            && await sistem.QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", npsn) == Kepala,
            "Perencanaan knows the padan teacher and the principal");

        var guru = await sistem.MasukAsync(Guru, "guru", npsn: npsn);
        var kepala = await sistem.MasukAsync(Kepala, "kepala-sekolah", npsn: npsn);
        // the principal's plan, agreed by the school's penilai-ks: the teacher's RHK names one of its RHK (the cascade, enforced here)
        var atasan = await new KlienDemo(sistem.System.GatewayUrl).RencanaKepalaDisepakatiAsync(kepala, Wilayah, 2026, CancellationToken.None);
        var penilaiLain = await sistem.MasukAsync("196901011991031005", "penilai-ks", wilayah: Wilayah);
        Assert.Equal(HttpStatusCode.NotFound, (await penilaiLain.GetAsync($"/api/perencanaan/skp/{atasan}")).StatusCode);
        Assert.Equal(0, (await penilaiLain.GetFromJsonAsync<JsonElement>("/api/perencanaan/skp?tahun=2026")).GetProperty("total").GetInt32());
        var intervensi = new RujukanRhk(atasan, "RHK-KS-B");
        var dibuat = await guru.KirimAsync(ApiSkp.Buat(new BuatSkp(2026)));
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var skp = dibuat.Headers.Location!.ToString();
        // a principal's plan is measured by a principal's duties (seed 003, Pasal 8), a teacher's by a teacher's
        Assert.Equal("TP-KS-A", (await kepala.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp/{atasan}")).GetProperty("tugasPokok").GetString());
        var tugasKepala = await Tahan.Ok(guru.KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-KS-A"))),
            HttpStatusCode.BadRequest);
        Assert.True(tugasKepala.GetProperty("errors").TryGetProperty("kode", out _));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-B"))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.PraktikKinerja, new PilihKode("G-MK-1"))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.PengembanganKompetensi, new PilihKode("PED-1"))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.PerilakuKerja(KlienDemo.IdDari(skp), new PilihPerilaku(["KL"]))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.HasilKerja(KlienDemo.IdDari(skp), new IsiHasilKerja([new IsiRencana("RHK-G-A", "Kelas tertib", "80%", intervensi)]))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        await Tahan.Ok(kepala.KirimAsync(ApiSkp.Kembalikan(KlienDemo.IdDari(skp), new Pengembalian("Naikkan targetnya."))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.HasilKerja(KlienDemo.IdDari(skp), new IsiHasilKerja([new IsiRencana("RHK-G-A", "Kelas tertib", "95%", intervensi)]))));
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        var sepakat = await Tahan.Ok(kepala.KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        var diintervensi = (await kepala.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp/{atasan}/intervensi")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("kode").GetString()!, r => r.GetProperty("guru").EnumerateArray().Select(g => g.GetProperty("nip").GetString()).ToList());
        Assert.Equal([], diintervensi["RHK-KS-A"]);
        Assert.Equal([Guru], diintervensi["RHK-KS-B"]);

        var id = sepakat.GetProperty("id").GetGuid();
        var pesan = (await broker.WaitUntilAsync(m => m.GetProperty("skpId").GetGuid() == id)).GetProperty("message");
        Assert.Equal((Guru, Guru, "PNS"), (pesan.GetProperty("nip").GetString(), pesan.GetProperty("pegawaiId").GetString(),
            pesan.GetProperty("statusKepegawaian").GetString()));
        Assert.Equal(npsn, pesan.GetProperty("npsn").GetString());
        Assert.Equal(Kepala, pesan.GetProperty("penilaiNip").GetString());
        Assert.Equal("G-MK-1", pesan.GetProperty("praktikKinerja").GetString());
        // whose plan and where travel with it, so Observasi and Penilaian never guess them from a late copy
        Assert.Equal("guru", pesan.GetProperty("peran").GetString());
        Assert.Equal(Wilayah, pesan.GetProperty("wilayah").GetString());

        // issue 5: the agreed plan opened its cycle in Observasi; the five steps through the gateway
        await Tahun.SiklusSelesaiAsync(guru, kepala, $"/api/observasi/siklus/{id}");

        var selesai = (await brokerSiklus.WaitUntilAsync(m => m.GetProperty("siklusId").GetGuid() == id)).GetProperty("message");
        Assert.Equal((Guru, Guru, "PNS"), (selesai.GetProperty("nip").GetString(), selesai.GetProperty("pegawaiId").GetString(),
            selesai.GetProperty("statusKepegawaian").GetString()));
        Assert.All(selesai.GetProperty("ringkasanRubrik").EnumerateArray(), r => Assert.Equal("DilakukanEfektif", r.GetProperty("level").GetString()));

        // issue 6: rating once the cycle is recorded in Penilaian, finalising, the regional subscriber and the feed, then a correction
        var penilaian = $"/api/penilaian/{id}";
        var ditetapkan = await Tahun.DitetapkanAsync(kepala, penilaian);
        Assert.Equal("Baik", ditetapkan.GetProperty("hasil").GetProperty("predikat").GetString());

        var predikat = (await regional.WaitUntilAsync(m => m.GetProperty("penilaianId").GetGuid() == id)).GetProperty("message");
        Assert.Equal("Baik", predikat.GetProperty("predikat").GetString());
        Assert.Equal(37.5m, decimal.Parse(predikat.GetProperty("angkaKredit").ToString(), System.Globalization.CultureInfo.InvariantCulture));
        JsonElement feed = default;
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            feed = await op.GetFromJsonAsync<JsonElement>($"/api/penilaian/predikat?wilayah={Wilayah}&tahun=2026");
            return feed.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("predikat").GetProperty("penilaianId").GetGuid() == id);
        }, "predikat in the regional feed");

        await Tahan.Ok(kepala.KirimAsync(ApiPenilaian.Koreksi(KlienDemo.IdDari(penilaian), new IsiKoreksi("DiAtasEkspektasi", "DiAtasEkspektasi", "Bukti tambahan."))));
        var koreksi = (await regional.WaitUntilAsync(m => m.GetProperty("penilaianId").GetGuid() == id && m.GetProperty("koreksiKe").GetInt32() == 1)).GetProperty("message");
        Assert.Equal("SangatBaik", koreksi.GetProperty("predikat").GetString());
        await SistemBerjalan.WaitUntilAsync(async () =>
            (await op.GetFromJsonAsync<JsonElement>($"/api/penilaian/predikat?wilayah={Wilayah}&tahun=2026&setelah={feed.GetProperty("berikutnya").GetInt64()}"))
                .GetProperty("items").EnumerateArray().Any(i => i.GetProperty("predikat").GetProperty("koreksiKe").GetInt32() == 1), "correction in the feed after the last position");

        // issue 30, item 7: e-Kinerja. The result with angka kredit and koefisien, resumable: after the last posisi sent,
        // only what came since (the correction), and nothing more after that
        var semua = await op.GetFromJsonAsync<JsonElement>($"/api/penilaian/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&setelah=0&batas=5000");
        var milikGuru = semua.EnumerateArray().Where(r => r.GetProperty("nip").GetString() == Guru).ToList();
        Assert.Equal([0, 1], milikGuru.Select(r => r.GetProperty("koreksiKe").GetInt32()));
        Assert.Equal((37.5m, 37.5m), (milikGuru[0].GetProperty("angkaKredit").GetDecimal(), milikGuru[0].GetProperty("koefisien").GetDecimal()));
        var sesudahPertama = await op.GetFromJsonAsync<JsonElement>(
            $"/api/penilaian/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&setelah={milikGuru[0].GetProperty("posisi").GetInt64()}");
        Assert.DoesNotContain(sesudahPertama.EnumerateArray(), r => r.GetProperty("posisi").GetInt64() <= milikGuru[0].GetProperty("posisi").GetInt64());
        Assert.Contains(sesudahPertama.EnumerateArray(), r => r.GetProperty("nip").GetString() == Guru && r.GetProperty("koreksiKe").GetInt32() == 1);
        Assert.DoesNotContain((await op.GetFromJsonAsync<JsonElement>(
                $"/api/penilaian/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&setelah={milikGuru[1].GetProperty("posisi").GetInt64()}")).EnumerateArray(),
            r => r.GetProperty("nip").GetString() == Guru);

        // the agreed SKP of its own: RHK with indicator, target, aspek and the principal's RHK it intervenes, resumable the same way
        var skpEkspor = await op.GetFromJsonAsync<JsonElement>($"/api/perencanaan/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&batas=5000");
        var rencanaGuru = Assert.Single(skpEkspor.GetProperty("items").EnumerateArray(), r => r.GetProperty("nip").GetString() == Guru);
        var rhk = Assert.Single(rencanaGuru.GetProperty("hasilKerja").EnumerateArray());
        Assert.Equal(("RHK-G-A", "Kelas tertib", "95%"), (rhk.GetProperty("kode").GetString(), rhk.GetProperty("indikator").GetString(), rhk.GetProperty("target").GetString()));
        Assert.Equal((Kepala, "RHK-KS-B"), (rhk.GetProperty("intervensi").GetProperty("nipAtasan").GetString(), rhk.GetProperty("intervensi").GetProperty("kode").GetString()));
        Assert.Equal((Kepala, "guru"), (rencanaGuru.GetProperty("penilaiNip").GetString(), rencanaGuru.GetProperty("peran").GetString()));
        Assert.Contains(skpEkspor.GetProperty("items").EnumerateArray(), r => r.GetProperty("nip").GetString() == Kepala && r.GetProperty("peran").GetString() == "kepala-sekolah");
        var lanjutan = await op.GetFromJsonAsync<JsonElement>(
            $"/api/perencanaan/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&setelah={skpEkspor.GetProperty("berikutnya").GetInt64()}");
        Assert.DoesNotContain(lanjutan.GetProperty("items").EnumerateArray(), r => r.GetProperty("nip").GetString() == Guru);
        var csv = await op.GetStringAsync($"/api/perencanaan/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026&batas=5000&format=csv");
        Assert.StartsWith("posisi,nip,tahun,peran,npsn,penilai_nip,disepakati_pada,rhk_ke,kode_rhk,rhk,indikator,target,aspek,perspektif,", csv, StringComparison.Ordinal);
        Assert.Contains($",{Guru},2026,guru,{npsn},{Kepala},", csv, StringComparison.Ordinal);
        // another region's operator gets nothing
        var opLain = await sistem.MasukAsync("198001012005011099", "operator-dinas", wilayah: "3204");
        Assert.Equal(HttpStatusCode.NotFound, (await opLain.GetAsync($"/api/perencanaan/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.GetAsync("/api/perencanaan/ekspor/e-kinerja?tahun=2026")).StatusCode);
    }

    [Fact]
    public async Task a_non_asn_teacher_from_dapodik_and_dukcapil_only_goes_through_the_year_to_a_predikat_without_angka_kredit()
    {
        await using var broker = await BrokerSubscriber.StartAsync(sistem.Broker, sistem.Awalan, "SkpDisepakati");
        await using var regional = await BrokerSubscriber.StartAsync(sistem.Broker, sistem.Awalan, "PredikatKinerjaDitetapkan",
            queue: $"bkd-{Wilayah}-{Guid.NewGuid():n}", durable: true);
        const string nuptk = "5541770671130023";
        const string nikGuru = "3273014707910002";
        const string kepala = "197805052005011003";
        const string nikKepala = "3273010505780003";
        var id = $"nuptk:{nuptk}";
        var npsn = Random.Shared.Next(40_000_000, 49_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var op = await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: Wilayah);
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("SD Negeri Uji Non-ASN", Wilayah))), HttpStatusCode.Created);
        // the teacher has no NIP and no SI-ASN record; the principal is an ASN as usual
        await sistem.ImporAsync(op, "dapodik", $"nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n{nikGuru},,{nuptk},Ayu Lestari,1991-07-07,P,{npsn},guru\n"
            + $"{nikKepala},{kepala},,Hadi Susanto,1978-05-05,L,{npsn},guru\n");
        await sistem.ImporAsync(op, "siasn", "nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi\n"
            + $"{kepala},{nikKepala},Hadi Susanto,1978-05-05,L,PNS,Guru Ahli Madya,AhliMadya,IV/a,UNOR-1,{npsn},Pemkot Bandung,{Wilayah}\n");
        await sistem.ImporAsync(op, "dukcapil", $"nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n{nikGuru},AYU LESTARI,1991-07-07,P,Sumarni\n"
            + $"{nikKepala},HADI SUSANTO,1978-05-05,L,Sulastri\n");
        // a principal is a padan pegawai of the wilayah: assigned once all three sources know them
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Kepala(npsn, new TugaskanKepala(kepala, false))));
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Penilai(npsn, new TugaskanPenilai(KlienDemo.PenilaiKs))));
        var dilihat = await op.GetFromJsonAsync<JsonElement>($"/api/pegawai/{Uri.EscapeDataString(id)}");
        Assert.Equal(("Padan", "NonASN"), (dilihat.GetProperty("statusPadan").GetString(), dilihat.GetProperty("statusKepegawaian").GetString()));
        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<string>("perencanaan", "select data->>'npsn' from mt_doc_pegawailokal where id = $1", id) == npsn
            && await sistem.QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", npsn) == kepala,
            "Perencanaan knows the non-ASN teacher and the principal");

        // signed in with the pegawai id as subject, the teacher plans as anyone does
        var guru = await sistem.MasukAsync(id, "guru", npsn: npsn);
        var kepalaSekolah = await sistem.MasukAsync(kepala, "kepala-sekolah", npsn: npsn);
        var atasan = await new KlienDemo(sistem.System.GatewayUrl).RencanaKepalaDisepakatiAsync(kepalaSekolah, Wilayah, 2026, CancellationToken.None);
        var skp = (await Rencana.BuatAsync(guru)).Path;
        await KlienDemo.IsiSkpAsync(guru, skp, atasan, CancellationToken.None);
        await Tahan.Ok(guru.KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        var sepakat = await Tahan.Ok(kepalaSekolah.KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        Assert.Equal(id, sepakat.GetProperty("nip").GetString());

        // messages carry the id as pegawaiId and no NIP; Observasi opens the cycle under the same id
        var skpId = sepakat.GetProperty("id").GetGuid();
        var pesan = (await broker.WaitUntilAsync(m => m.GetProperty("skpId").GetGuid() == skpId)).GetProperty("message");
        Assert.Equal((id, "NonASN"), (pesan.GetProperty("pegawaiId").GetString(), pesan.GetProperty("statusKepegawaian").GetString()));
        Assert.False(pesan.TryGetProperty("nip", out var nip) && nip.ValueKind != JsonValueKind.Null, pesan.ToString());
        var siklus = $"/api/observasi/siklus/{skpId}";
        await SistemBerjalan.WaitUntilAsync(async () => (await guru.GetAsync(siklus)).StatusCode == HttpStatusCode.OK, "cycle opened");
        Assert.Equal(id, (await guru.GetFromJsonAsync<JsonElement>(siklus)).GetProperty("nip").GetString());

        // the cycle and the rating as for anyone
        await Tahun.SiklusSelesaiAsync(guru, kepalaSekolah, siklus);
        var hasil = (await Tahun.DitetapkanAsync(kepalaSekolah, $"/api/penilaian/{skpId}")).GetProperty("hasil");

        // a predikat, and no angka kredit: null, not 0 (no jenjang)
        Assert.Equal("Baik", hasil.GetProperty("predikat").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (hasil.GetProperty("angkaKredit").ValueKind, hasil.GetProperty("koefisien").ValueKind));

        // the region hears it, told apart by statusKepegawaian; e-Kinerja (ASN only) leaves it out
        var predikat = (await regional.WaitUntilAsync(m => m.GetProperty("penilaianId").GetGuid() == skpId)).GetProperty("message");
        Assert.Equal((id, "NonASN", "Baik"),
            (predikat.GetProperty("pegawaiId").GetString(), predikat.GetProperty("statusKepegawaian").GetString(), predikat.GetProperty("predikat").GetString()));
        Assert.False(predikat.TryGetProperty("angkaKredit", out var ak) && ak.ValueKind != JsonValueKind.Null, predikat.ToString());
        Assert.False(predikat.TryGetProperty("nip", out var nipPredikat) && nipPredikat.ValueKind != JsonValueKind.Null, predikat.ToString());
        var ekspor = await op.GetFromJsonAsync<JsonElement>($"/api/penilaian/ekspor/e-kinerja?wilayah={Wilayah}&tahun=2026");
        Assert.All(ekspor.EnumerateArray(), r => Assert.Matches("^[0-9]{18}$", r.GetProperty("nip").GetString()));
        Assert.DoesNotContain(ekspor.EnumerateArray(), r => r.GetProperty("penilaiNip").GetString() == kepala);

        // she becomes PPPK: SI-ASN's record arrives; her id, plan and its history stay hers, and every service learns her NIP
        const string nipPppk = "199107072023012002";
        var riwayat = await guru.GetFromJsonAsync<JsonElement>($"{skp}/riwayat");
        await sistem.ImporAsync(op, "siasn", "nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi\n"
            + $"{nipPppk},{nikGuru},Ayu Lestari,1991-07-07,P,PPPK,Guru Ahli Pertama,AhliPertama,IX,UNOR-1,{npsn},Pemkot Bandung,{Wilayah}\n");
        var pppk = await op.GetFromJsonAsync<JsonElement>($"/api/pegawai/{Uri.EscapeDataString(id)}");
        Assert.Equal((nipPppk, "PPPK", "Padan"), (pppk.GetProperty("nip").GetString(), pppk.GetProperty("statusKepegawaian").GetString(), pppk.GetProperty("statusPadan").GetString()));
        foreach (var layanan in new[] { "perencanaan", "penilaian" })
        {
            await SistemBerjalan.WaitUntilAsync(async () =>
                await sistem.QueryAsync<string>(layanan, "select data->>'nip' from mt_doc_pegawailokal where id = $1", id) == nipPppk, $"{layanan} learning her NIP");
        }

        var rencanaKini = await guru.GetFromJsonAsync<JsonElement>(skp);
        Assert.Equal((id, "Disepakati"), (rencanaKini.GetProperty("nip").GetString(), rencanaKini.GetProperty("status").GetString()));
        Assert.Equal(riwayat.ToString(), (await guru.GetFromJsonAsync<JsonElement>($"{skp}/riwayat")).ToString());
    }
}
