namespace Kinerja.Perencanaan.Tests.Skp;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using MassTransit;

public sealed class SkpTests(PerencanaanApi api) : IClassFixture<PerencanaanApi>
{
    private static int _nomor;

    private const string NipPenilaiKs = "196501011990011001";

    /// <summary>A school with its principal, its penilai-ks and one padan teacher, unique per test.</summary>
    private sealed record Sekolah(string Npsn, string Kepala, string Guru);

    private async Task<Sekolah> SekolahAsync(bool plt = false)
    {
        var n = Interlocked.Increment(ref _nomor);
        var sekolah = new Sekolah($"2030{n:0000}", $"197001012000011{n:000}", $"199001012015012{n:000}");
        await api.KepalaAsync(sekolah.Npsn, sekolah.Kepala, plt);
        await api.PenilaiAsync(sekolah.Npsn, NipPenilaiKs);
        await api.PegawaiPadanAsync(sekolah.Guru, sekolah.Npsn);
        await api.PegawaiPadanAsync(sekolah.Kepala, sekolah.Npsn);
        return sekolah;
    }

    private HttpClient Guru(Sekolah s) => api.ClientWith(Token.Guru(s.Guru, s.Npsn));

    private HttpClient Kepala(Sekolah s) => api.ClientWith(Token.Untuk(s.Kepala, "kepala-sekolah", npsn: s.Npsn));

    private async Task<string> BuatAsync(HttpClient client, int tahun = 2026)
    {
        var response = await client.KirimAsync(ApiSkp.Buat(new BuatSkp(tahun)));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString();
    }

    /// <summary>Every part of the plan, as the demo and the other tests fill one (<see cref="ContohSkp"/>).</summary>
    /// <param name="atasan">The principal's agreed plan whose RHK-KS-A a teacher's RHK names (the cascade); none on a principal's own.</param>
    private static async Task LengkapiAsync(HttpClient client, string skp, bool kepala = false, Guid? atasan = null)
    {
        foreach (var bagian in ContohSkp.Isi(KlienDemo.IdDari(skp), kepala, atasan))
        {
            await Ok(client.KirimAsync(bagian));
        }
    }

    private HttpClient PenilaiKs() => api.ClientWith(Token.Untuk(NipPenilaiKs, "penilai-ks", wilayah: "3273"));

    /// <summary>The school principal's own plan, agreed by the school's penilai-ks: what a teacher's plan cascades from.</summary>
    private async Task<Guid> AtasanAsync(Sekolah s, bool setujui = true)
    {
        var skp = await BuatAsync(Kepala(s));
        await LengkapiAsync(Kepala(s), skp, kepala: true);
        await Ok(Kepala(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        if (setujui)
        {
            await Ok(PenilaiKs().KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        }

        return KlienDemo.IdDari(skp);
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await Json.BacaAsync(response);
    }

    private static async Task<JsonElement> Gagal(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await Json.BacaAsync(response);
    }

    [Fact]
    public async Task creating_a_plan_answers_with_the_state_just_saved_without_reading_it_back()
    {
        var s = await SekolahAsync();
        using var postgres = new RoundTripPostgres();

        var response = await Guru(s).SendAsync(postgres.Dalam(ApiKlien.Pesan(ApiSkp.Buat(new BuatSkp(2026)))));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Draf", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        // the teacher, their plan of the year if any and who heads the school in one batch, then the save: nothing of
        // mt_doc_skp read back
        Assert.True(postgres.Perintah.Count == 2 && !postgres.Perintah.Any(p => p.Contains("from public.mt_doc_skp ", StringComparison.Ordinal)),
            string.Join(" | ", postgres.Perintah));
    }

    [Fact]
    public async Task submitting_reads_the_plan_then_the_head_of_the_school_and_the_principals_plans_in_one_round_trip()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        using var postgres = new RoundTripPostgres();

        await Ok(Guru(s).SendAsync(postgres.Dalam(ApiKlien.Pesan(ApiSkp.Ajukan(KlienDemo.IdDari(skp))))));

        Assert.True(postgres.Perintah.Count == 3, string.Join(" | ", postgres.Perintah));
    }

    [Fact]
    public async Task a_teacher_made_plt_of_their_own_school_mid_year_has_their_plan_agreed_by_the_penilai_ks()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        // made Plt after drafting: the plan stays a teacher's, and nobody rates themself
        await api.JadikanKepalaAsync(s.Npsn, s.Guru);

        Assert.Equal("Diajukan", (await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
        await Gagal(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        var sepakat = await Ok(PenilaiKs().KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        Assert.Equal(("Disepakati", "Guru"), (sepakat.GetProperty("status").GetString(), sepakat.GetProperty("peran").GetString()));
    }

    /// <summary>Issue 25, item 5: "Saya telah membaca" on the agreed plan, once, by the owner only.</summary>
    [Fact]
    public async Task the_owner_says_they_have_read_the_agreed_plan_once_and_the_history_keeps_who_and_when()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        var id = KlienDemo.IdDari(skp);
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(id)));
        await Gagal(Guru(s).KirimAsync(ApiSkp.Dibaca(id)), HttpStatusCode.Conflict);
        await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(id)));
        Assert.Contains("dibaca", (await Ok(Guru(s).GetAsync(skp))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()));

        await Gagal(Kepala(s).KirimAsync(ApiSkp.Dibaca(id)), HttpStatusCode.Forbidden);
        await Ok(Guru(s).KirimAsync(ApiSkp.Dibaca(id)));
        var sesudah = await api.JumlahEventAsync(id);
        await Ok(Guru(s).KirimAsync(ApiSkp.Dibaca(id)));

        Assert.Equal(sesudah, await api.JumlahEventAsync(id));
        Assert.DoesNotContain("dibaca", (await Ok(Guru(s).GetAsync(skp))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()));
        var riwayat = await Guru(s).GetFromJsonAsync<JsonElement>($"{skp}/riwayat");
        Assert.Single(riwayat.EnumerateArray(), e => e.GetProperty("jenis").GetString() == "skp_dibaca" && e.GetProperty("pelaku").GetString() == s.Guru);
    }

    [Fact]
    public async Task a_plt_agrees_the_teachers_plans_as_a_principal_does_and_keeps_a_teachers_plan_of_their_own()
    {
        var s = await SekolahAsync(plt: true);
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp);
        // no principal's plan in a school led by a Plt: the cascade does not hold the teacher, and the plan says why
        var tersedia = await Guru(s).GetFromJsonAsync<JsonElement>($"{skp}/rhk-atasan");
        Assert.False(tersedia.GetProperty("wajib").GetBoolean());
        Assert.Contains("dipimpin Plt", tersedia.GetProperty("keadaan").GetString(), StringComparison.Ordinal);
        Assert.Equal("Diajukan", (await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
        var sepakat = await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        Assert.Equal(("Disepakati", s.Kepala), (sepakat.GetProperty("status").GetString(), sepakat.GetProperty("penilaiNip").GetString()));

        var milikPlt = await BuatAsync(Kepala(s));
        Assert.Equal("Guru", (await Ok(Kepala(s).GetAsync(milikPlt))).GetProperty("peran").GetString());
    }

    [Fact]
    public async Task a_teacher_who_now_heads_their_own_school_cannot_agree_or_return_their_own_plan()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        await api.JadikanKepalaAsync(s.Npsn, s.Guru);
        var diriSendiri = api.ClientWith(Token.Untuk(s.Guru, "kepala-sekolah", npsn: s.Npsn));
        var id = Guid.Parse(skp.Split('/')[^1]);
        var awal = await api.JumlahEventAsync(id);

        await Gagal(diriSendiri.KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.Forbidden);
        await Gagal(diriSendiri.KirimAsync(ApiSkp.Kembalikan(KlienDemo.IdDari(skp), new Pengembalian("Ubah sendiri."))), HttpStatusCode.Forbidden);
        Assert.Equal(awal, await api.JumlahEventAsync(id));
        Assert.Equal("Diajukan", (await Ok(Guru(s).GetAsync(skp))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_new_principal_rates_from_their_berlaku_sejak_and_the_former_one_until_then()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        var baru = "197101012000011" + s.Kepala[^3..];
        var mulai = DateOnly.FromDateTime(api.Jam.Kini.UtcDateTime).AddDays(10);
        await BrokerPublisher.PublishAsync(api.Infra.RabbitMqConnection, api.Prefix, new KepalaSekolahDitugaskan
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Npsn = s.Npsn, Nip = baru, Plt = false, BerlakuSejak = mulai, Wilayah = "3273",
        });
        await SistemBerjalan.WaitUntilAsync(async () => (await api.KepalaLokalAsync(s.Npsn))?.PegawaiId == baru, "the new assignment recorded");

        var kepalaBaru = api.ClientWith(Token.Untuk(baru, "kepala-sekolah", npsn: s.Npsn));
        await Gagal(kepalaBaru.KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        Assert.Equal("Disepakati", (await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task draft_submit_return_fix_resubmit_agree_and_SkpDisepakati_is_published()
    {
        await using var broker = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "SkpDisepakati");
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        var atasan = await AtasanAsync(s);
        await LengkapiAsync(Guru(s), skp, atasan: atasan);

        Assert.Equal("Diajukan", (await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
        var kembali = await Ok(Kepala(s).KirimAsync(ApiSkp.Kembalikan(KlienDemo.IdDari(skp), new Pengembalian("Target terlalu rendah."))));
        Assert.Equal("Dikembalikan", kembali.GetProperty("status").GetString());
        // the fields seed 003 names: a teacher's RHK has its aspek, and only a principal's a perspektif
        var perspektif = await Gagal(Guru(s).KirimAsync(ApiSkp.HasilKerja(KlienDemo.IdDari(skp), new IsiHasilKerja(
            [new IsiRencana("RHK-G-A", "Pertemuan tertib", "90%", new RujukanRhk(atasan, "RHK-KS-A"), Perspektif: "ANGGARAN")]))), HttpStatusCode.BadRequest);
        Assert.True(perspektif.GetProperty("errors").TryGetProperty("rencana[0].perspektif", out _));
        await Ok(Guru(s).KirimAsync(ApiSkp.HasilKerja(KlienDemo.IdDari(skp), new IsiHasilKerja(
            [new IsiRencana("RHK-G-A", "Pertemuan tertib", "90%", new RujukanRhk(atasan, "RHK-KS-A"), Aspek: "KUALITAS")]))));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        // the principal adjusts before agreeing: ekspektasi khusus pimpinan
        await Ok(Kepala(s).KirimAsync(ApiSkp.PerilakuKerja(KlienDemo.IdDari(skp), new PilihPerilaku(["BO", "KL"], new Dictionary<string, string> { ["KL"] = "Memimpin komunitas belajar kelas 4." }))));
        var sepakat = await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));

        Assert.Equal("Disepakati", sepakat.GetProperty("status").GetString());
        Assert.Equal(s.Kepala, sepakat.GetProperty("penilaiNip").GetString());
        var id = sepakat.GetProperty("id").GetGuid();
        var pesan = (await broker.WaitUntilAsync(m => m.GetProperty("skpId").GetGuid() == id)).GetProperty("message");
        Assert.Equal(s.Guru, pesan.GetProperty("nip").GetString());
        Assert.Equal("G-MK-1", pesan.GetProperty("praktikKinerja").GetString());
        Assert.Equal("PED-1", pesan.GetProperty("kompetensi").GetString());
        Assert.Equal(2026, pesan.GetProperty("tahun").GetInt32());
        // the agreed RHK with its aspek and the RHK it intervenes, and the rater's ekspektasi, for Observasi, Penilaian and e-Kinerja
        var rhk = Assert.Single(pesan.GetProperty("hasilKerja").EnumerateArray());
        Assert.Equal(("RHK-G-A", "KUALITAS", "RHK-KS-A", atasan), (rhk.GetProperty("kode").GetString(), rhk.GetProperty("aspek").GetString(),
            rhk.GetProperty("intervensiKode").GetString(), rhk.GetProperty("intervensiSkpId").GetGuid()));
        Assert.Equal("Memimpin komunitas belajar kelas 4.", pesan.GetProperty("ekspektasiKhusus").GetProperty("KL").GetString());
        var riwayat = await Guru(s).GetFromJsonAsync<JsonElement>($"{skp}/riwayat");
        Assert.Contains(riwayat.EnumerateArray(), e => e.GetProperty("jenis").GetString() == "skp_dikembalikan" && e.GetProperty("pelaku").GetString() == s.Kepala);
    }

    [Fact]
    public async Task a_teachers_rhk_names_the_agreed_principals_rhk_and_the_principal_sees_which_of_theirs_it_serves()
    {
        var s = await SekolahAsync();
        var lain = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        var atasan = await AtasanAsync(s);

        var tersedia = await Guru(s).GetFromJsonAsync<JsonElement>($"{skp}/rhk-atasan");
        Assert.True(tersedia.GetProperty("wajib").GetBoolean());
        var rencana = Assert.Single(tersedia.GetProperty("rencana").EnumerateArray());
        Assert.Equal((atasan.ToString(), "Disepakati"), (rencana.GetProperty("skpId").GetString(), rencana.GetProperty("status").GetString()));
        Assert.Equal(["RHK-KS-A", "RHK-KS-B"], rencana.GetProperty("hasilKerja").EnumerateArray().Select(h => h.GetProperty("kode").GetString()));

        await LengkapiAsync(Guru(s), skp, atasan: atasan);
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));

        var pathAtasan = $"/api/perencanaan/skp/{atasan}";
        // per RHK of the principal's plan, the teachers' RHK naming it: RHK-KS-B is named by none
        var perRhk = (await Kepala(s).GetFromJsonAsync<JsonElement>($"{pathAtasan}/intervensi")).EnumerateArray().ToList();
        Assert.Equal(["RHK-KS-A", "RHK-KS-B"], perRhk.Select(r => r.GetProperty("kode").GetString()));
        Assert.Empty(perRhk[1].GetProperty("guru").EnumerateArray());
        var guru = Assert.Single(perRhk[0].GetProperty("guru").EnumerateArray());
        Assert.Equal((s.Guru, "RHK-G-A", "Diajukan"), (guru.GetProperty("nip").GetString(), guru.GetProperty("kode").GetString(), guru.GetProperty("status").GetString()));
        Assert.Equal(2, (await PenilaiKs().GetFromJsonAsync<JsonElement>($"{pathAtasan}/intervensi")).GetArrayLength());

        // a teacher does not read the principal's plan, nor its teachers; another school's principal finds nothing
        await Gagal(Guru(s).GetAsync($"{pathAtasan}/intervensi"), HttpStatusCode.NotFound);
        await Gagal(Kepala(lain).GetAsync($"{pathAtasan}/intervensi"), HttpStatusCode.NotFound);
        await Gagal(Kepala(lain).GetAsync($"{skp}/rhk-atasan"), HttpStatusCode.NotFound);
        await Gagal(Kepala(s).GetAsync($"{pathAtasan}/rhk-atasan"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task a_teachers_plan_is_not_submitted_until_each_rhk_names_an_rhk_of_their_principals_agreed_plan()
    {
        var s = await SekolahAsync();
        var lain = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp);

        // no principal's plan yet: the teacher drafts, but does not submit
        var tanpaAtasan = (await Gagal(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
        Assert.Contains("RHK 1 (RHK-G-A) belum menyebut RHK kepala sekolah", tanpaAtasan, StringComparison.Ordinal);
        Assert.Contains("Kepala sekolah belum membuat SKP periode 2026", tanpaAtasan, StringComparison.Ordinal);

        // the principal's plan submitted but not agreed: named, and refused with its state
        var atasan = await AtasanAsync(s, setujui: false);
        await LengkapiAsync(Guru(s), skp, atasan: atasan);
        var belumSepakat = (await Gagal(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
        Assert.Contains("SKP kepala sekolah berstatus Diajukan, belum Disepakati", belumSepakat, StringComparison.Ordinal);

        // another school's principal's RHK: refused at save, on the field, and nothing is stored
        var atasanLain = await AtasanAsync(lain);
        var id = KlienDemo.IdDari(skp);
        var sebelum = await api.JumlahEventAsync(id);
        var simpan = await Gagal(Guru(s).KirimAsync(ApiSkp.HasilKerja(id, new IsiHasilKerja([new IsiRencana("RHK-G-A", "Tertib", "80%", new RujukanRhk(atasanLain, "RHK-KS-A"))]))), HttpStatusCode.BadRequest);
        Assert.Contains($"bukan SKP kepala sekolah {s.Npsn} periode 2026",
            simpan.GetProperty("errors").GetProperty("rencana[0].intervensi")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(sebelum, await api.JumlahEventAsync(id));
        Assert.Equal(atasan.ToString(), (await Guru(s).GetFromJsonAsync<JsonElement>(skp)).GetProperty("hasilKerja")[0]
            .GetProperty("intervensi").GetProperty("skpId").GetString());

        // agreed: the same plan now goes
        await Ok(PenilaiKs().KirimAsync(ApiSkp.Setujui(atasan)));
        Assert.Equal("Diajukan", (await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_principals_own_plan_is_agreed_by_the_penilai_ks_assigned_the_school_only()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Kepala(s));
        await LengkapiAsync(Kepala(s), skp, kepala: true);
        await Ok(Kepala(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));

        await Gagal(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.Forbidden);
        await Gagal(api.ClientWith(Token.Untuk(NipPenilaiKs, "penilai-ks", wilayah: "3171")).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        await Gagal(api.ClientWith(Token.Untuk("196601011991011002", "penilai-ks", wilayah: "3273")).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        var sepakat = await Ok(PenilaiKs().KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        Assert.Equal("Disepakati", sepakat.GetProperty("status").GetString());
        Assert.Equal("KepalaSekolah", sepakat.GetProperty("peran").GetString());
    }

    [Fact]
    public async Task who_may_not_gets_404_and_the_owner_may_not_agree()
    {
        var s = await SekolahAsync();
        var lain = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));

        await Gagal(Guru(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.Forbidden);
        await Gagal(Guru(lain).GetAsync(skp), HttpStatusCode.NotFound);
        await Gagal(Kepala(lain).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        await Gagal(Kepala(lain).GetAsync(skp), HttpStatusCode.NotFound);
        await Gagal(api.ClientWith(Token.Operator("3171")).GetAsync(skp), HttpStatusCode.NotFound);
        await Ok(api.ClientWith(Token.Operator("3273")).GetAsync(skp));
        await Gagal(api.ClientWith(null).GetAsync(skp), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_refusal_reaches_the_caller_as_a_problem_and_a_stale_version_changes_nothing()
    {
        // the rules themselves are tests/Domain.Tests; here, that a refusal of each kind arrives whole through HTTP
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));

        var belumLengkap = await Gagal(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))), HttpStatusCode.Conflict);
        Assert.Contains("praktik-kinerja", belumLengkap.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var salahDaftar = await Gagal(Guru(s).KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.PraktikKinerja, new PilihKode("KS-A"))), HttpStatusCode.BadRequest);
        Assert.True(salahDaftar.GetProperty("errors").TryGetProperty("kode", out _));

        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        var versi = (await Guru(s).GetAsync(skp)).Headers.ETag!.Tag;
        await Ok(Guru(s).KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-C"))));
        await Gagal(Guru(s).KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-D")), versi), HttpStatusCode.PreconditionFailed);
        Assert.Equal("TP-C", (await Guru(s).GetFromJsonAsync<JsonElement>(skp)).GetProperty("tugasPokok").GetString());

        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        await Gagal(Guru(s).KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-A"))), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task one_plan_per_period_and_only_for_padan_pegawai()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));

        var kedua = await Gagal(Guru(s).KirimAsync(ApiSkp.Buat(new BuatSkp(2026))), HttpStatusCode.Conflict);
        // where the first is, for a program; the sentence is for a person
        Assert.EndsWith(kedua.GetProperty("lokasi").GetString()!, skp, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", kedua.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Gagal(api.ClientWith(Token.Guru("199505052020012001", s.Npsn)).KirimAsync(ApiSkp.Buat(new BuatSkp(2026))), HttpStatusCode.Conflict);
        await Gagal(Guru(s).PostAsJsonAsync("/api/perencanaan/skp", new { }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task windows_are_checked_against_the_clock_and_named_in_the_refusal()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        try
        {
            api.Jam.Kini = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
            var luar = await Gagal(Guru(await SekolahAsync()).KirimAsync(ApiSkp.Buat(new BuatSkp(2026))), HttpStatusCode.Conflict);
            Assert.Contains("2026-01-01 s.d. 2026-01-31", luar.GetProperty("detail").GetString(), StringComparison.Ordinal);
            await Gagal(Guru(s).KirimAsync(ApiSkp.BukaPenyesuaian(KlienDemo.IdDari(skp))), HttpStatusCode.Conflict);
            Assert.DoesNotContain("buka-penyesuaian", AksiDari(await Ok(Guru(s).GetAsync(skp))));

            // in the adjustment window both sides are offered the reopening (the page's button)
            api.Jam.Kini = new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero);
            Assert.Contains("buka-penyesuaian", AksiDari(await Ok(Guru(s).GetAsync(skp))));
            Assert.Contains("buka-penyesuaian", AksiDari(await Ok(Kepala(s).GetAsync(skp))));
            Assert.Equal("Draf", (await Ok(Guru(s).KirimAsync(ApiSkp.BukaPenyesuaian(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
            await Ok(Guru(s).KirimAsync(ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-D"))));
            await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
            Assert.Equal("Disepakati", (await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task a_mutasi_moves_an_unagreed_plan_to_the_new_schools_principal()
    {
        var lama = await SekolahAsync();
        var baru = await SekolahAsync();
        var skp = await BuatAsync(Guru(lama));
        await LengkapiAsync(Guru(lama), skp, atasan: await AtasanAsync(lama));
        await Ok(Guru(lama).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));

        await BrokerPublisher.PublishAsync(api.Infra.RabbitMqConnection, api.Prefix, new PegawaiDimutasi
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Nip = lama.Guru, NpsnLama = lama.Npsn, NpsnBaru = baru.Npsn,
            BerlakuSejak = new DateOnly(2026, 1, 9),
        });

        await SistemBerjalan.WaitUntilAsync(async () =>
            (await Guru(lama).GetFromJsonAsync<JsonElement>(skp)).GetProperty("npsn").GetString() == baru.Npsn, "plan moved");
        await Gagal(Kepala(lama).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))), HttpStatusCode.NotFound);
        Assert.Equal("Disepakati", (await Ok(Kepala(baru).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task lists_and_progress_show_what_the_caller_may_see()
    {
        var s = await SekolahAsync();
        await api.PegawaiPadanAsync("199202022016012001", s.Npsn);
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));

        var milikGuru = await Guru(s).GetFromJsonAsync<JsonElement>("/api/perencanaan/skp?tahun=2026");
        var sekolah = await Kepala(s).GetFromJsonAsync<JsonElement>("/api/perencanaan/skp?tahun=2026&status=Diajukan");
        var ringkasan = await Kepala(s).GetFromJsonAsync<JsonElement>("/api/perencanaan/skp/ringkasan?tahun=2026");

        Assert.Equal(1, milikGuru.GetProperty("total").GetInt64());
        Assert.Equal(1, sekolah.GetProperty("total").GetInt64());
        Assert.Equal(1, ringkasan.GetProperty("diajukan").GetInt64());
        // the principal's plan is agreed (the teacher's cascades from it); the second teacher has not started
        Assert.Equal(1, ringkasan.GetProperty("disepakati").GetInt64());
        Assert.Equal(1, ringkasan.GetProperty("belumMulai").GetInt64());
        await Gagal(Guru(s).GetAsync("/api/perencanaan/skp/ringkasan?tahun=2026"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task an_operator_sees_progress_per_school_and_who_has_not_started_in_their_wilayah_only()
    {
        const string wilayah = "3293";
        var n = Interlocked.Increment(ref _nomor);
        var npsn = $"2031{n:0000}";
        var (kepala, guru) = ($"197002022000011{n:000}", $"199002022015012{n:000}");
        await api.KepalaAsync(npsn, kepala, wilayah: wilayah);
        await api.PegawaiPadanAsync(guru, npsn, wilayah: wilayah);
        await api.PegawaiPadanAsync(kepala, npsn, wilayah: wilayah);
        await BuatAsync(api.ClientWith(Token.Guru(guru, npsn)));
        var op = api.ClientWith(Token.Operator(wilayah));

        var perSekolah = Assert.Single((await op.GetFromJsonAsync<JsonElement>("/api/perencanaan/skp/ringkasan/sekolah?tahun=2026")).EnumerateArray());
        Assert.Equal(npsn, perSekolah.GetProperty("npsn").GetString());
        Assert.Equal(1, perSekolah.GetProperty("jumlah").GetProperty("Draf").GetInt64());
        Assert.Equal(1, perSekolah.GetProperty("jumlah").GetProperty("BelumMulai").GetInt64());
        var belum = await op.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp/belum-mulai?tahun=2026&npsn={npsn}");
        Assert.Equal(kepala, Assert.Single(belum.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var draf = await op.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp?tahun=2026&npsn={npsn}&status=Draf");
        Assert.Equal(guru, Assert.Single(draf.GetProperty("items").EnumerateArray()).GetProperty("nip").GetString());

        var lain = api.ClientWith(Token.Operator("3294"));
        Assert.Empty((await lain.GetFromJsonAsync<JsonElement>("/api/perencanaan/skp/ringkasan/sekolah?tahun=2026")).EnumerateArray());
        Assert.Equal(0, (await lain.GetFromJsonAsync<JsonElement>($"/api/perencanaan/skp/belum-mulai?tahun=2026&npsn={npsn}")).GetProperty("total").GetInt64());
        await Gagal(api.ClientWith(Token.Guru(guru, npsn)).GetAsync("/api/perencanaan/skp/ringkasan/sekolah?tahun=2026"), HttpStatusCode.Forbidden);
        await Gagal(api.ClientWith(Token.Untuk(kepala, "kepala-sekolah", npsn: npsn)).GetAsync("/api/perencanaan/skp/belum-mulai?tahun=2026"), HttpStatusCode.Forbidden);
        await Gagal(op.GetAsync("/api/perencanaan/skp/ringkasan/sekolah"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task the_windows_of_a_year_are_given_as_the_service_enforces_them()
    {
        var s = await SekolahAsync();
        var jendela = await Guru(s).GetFromJsonAsync<JsonElement>("/api/perencanaan/jendela?tahun=2026");
        Assert.Equal(2026, jendela.GetProperty("tahun").GetInt32());
        Assert.Equal("2026-01-01", jendela.GetProperty("perencanaan").GetProperty("mulai").GetString());
        Assert.Equal("2026-07-31", jendela.GetProperty("penyesuaian").GetProperty("selesai").GetString());
        // today is the service's clock, which the page counts the days left from
        Assert.Equal("2026-01-10", jendela.GetProperty("hariIni").GetString());
        await Gagal(Guru(s).GetAsync("/api/perencanaan/jendela"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/perencanaan/jendela?tahun=2026")).StatusCode);
    }

    private static IReadOnlyList<string> AksiDari(JsonElement skp) => [.. skp.GetProperty("aksi").EnumerateArray().Select(a => a.GetString()!)];

    [Fact]
    public async Task each_side_is_offered_exactly_the_actions_the_plan_allows_it_now()
    {
        var s = await SekolahAsync();
        var skp = await BuatAsync(Guru(s));
        Assert.Equal(["ubah"], AksiDari(await Ok(Guru(s).GetAsync(skp))));

        await LengkapiAsync(Guru(s), skp, atasan: await AtasanAsync(s));
        Assert.Equal(["ubah", "ajukan"], AksiDari(await Ok(Guru(s).GetAsync(skp))));
        Assert.Empty(AksiDari(await Ok(Kepala(s).GetAsync(skp))));

        await Ok(Guru(s).KirimAsync(ApiSkp.Ajukan(KlienDemo.IdDari(skp))));
        Assert.Empty(AksiDari(await Ok(Guru(s).GetAsync(skp))));
        Assert.Equal(["ubah", "setujui", "kembalikan"], AksiDari(await Ok(Kepala(s).GetAsync(skp))));

        await Ok(Kepala(s).KirimAsync(ApiSkp.Setujui(KlienDemo.IdDari(skp))));
        // once agreed, the owner may only say they have read it, once
        Assert.Equal(["dibaca"], AksiDari(await Ok(Guru(s).GetAsync(skp))));
        Assert.Empty(AksiDari(await Ok(Kepala(s).GetAsync(skp))));
        await Ok(Guru(s).KirimAsync(ApiSkp.Dibaca(KlienDemo.IdDari(skp))));
        Assert.Empty(AksiDari(await Ok(Guru(s).GetAsync(skp))));
    }

    [Fact]
    public async Task a_complete_plan_whose_principal_has_no_agreed_plan_is_not_offered_for_submission()
    {
        var s = await SekolahAsync();
        var atasan = await AtasanAsync(s, setujui: false);
        var skp = await BuatAsync(Guru(s));
        await LengkapiAsync(Guru(s), skp, atasan: atasan);

        Assert.Equal(["ubah"], AksiDari(await Ok(Guru(s).GetAsync(skp))));
    }
}
