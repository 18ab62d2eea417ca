namespace Kinerja.Observasi.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.Klien;
using Kinerja.Testing;

public sealed class SiklusTests(ObservasiApi api) : IClassFixture<ObservasiApi>
{
    private static int _nomor;

    private sealed record Kelas(string Npsn, string Kepala, string Guru, Guid SkpId);

    /// <summary>A school, its principal, and an agreed teacher's plan delivered as SkpDisepakati; waits for the cycle.</summary>
    private async Task<Kelas> SiklusAsync(string praktik = "G-MK-1")
    {
        var n = Interlocked.Increment(ref _nomor);
        // NIPs of this project only: every test assembly's services hear the same broker
        var kelas = new Kelas($"2040{n:0000}", $"197202022000011{n:000}", $"199202022016012{n:000}", Guid.NewGuid());
        await api.KepalaAsync(kelas.Npsn, kelas.Kepala);
        await api.KirimAsync(Pesan(kelas, praktik));
        await SistemBerjalan.WaitUntilAsync(async () => (await Guru(kelas).GetAsync(Url(kelas))).StatusCode == HttpStatusCode.OK, "cycle opened");
        return kelas;
    }

    [Fact]
    public async Task a_principals_command_reads_the_cycle_and_who_heads_the_school_in_one_round_trip()
    {
        var k = await SiklusAsync();
        await Ok(Persiapan(k));
        using var postgres = new RoundTripPostgres();

        await Ok(Kepala(k).SendAsync(postgres.Dalam(ApiKlien.Pesan(ApiSiklus.KonfirmasiJadwal(k.SkpId)))));

        // the load (the cycle, its version, the head of the token's school) and the save
        Assert.True(postgres.Perintah.Count == 2, string.Join(" | ", postgres.Perintah));
    }

    private static SkpDisepakati Pesan(Kelas k, string praktik) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SkpId = k.SkpId, Nip = k.Guru, Tahun = 2026, Npsn = k.Npsn,
        PenilaiNip = k.Kepala, PraktikKinerja = praktik, Kompetensi = "PED-1", PerilakuKerja = ["KL"],
    };

    private static string Url(Kelas k) => $"/api/observasi/siklus/{k.SkpId}";

    private HttpClient Guru(Kelas k) => api.ClientWith(Token.Guru(k.Guru, k.Npsn));

    private HttpClient Kepala(Kelas k, string? nip = null) => api.ClientWith(Token.Untuk(nip ?? k.Kepala, "kepala-sekolah", npsn: k.Npsn));

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await Json.BacaAsync(r);
    }

    private static async Task<JsonElement> Gagal(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var r = await call;
        Assert.True(r.StatusCode == status, $"expected {status}, got {r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await Json.BacaAsync(r);
    }

    private Task<HttpResponseMessage> Persiapan(Kelas k, HttpClient? client = null) =>
        (client ?? Guru(k)).KirimAsync(ApiSiklus.Persiapan(k.SkpId, new IsiPersiapan(
            ["KOM", "ATR"], "Menyepakati aturan kelas bersama peserta didik pada awal pelajaran.", new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero))));

    private static IsiObservasi Rubrik(params string[] perilaku) =>
        new([.. perilaku.Select(p => new IsiRubrik(p, "DilakukanBelumEfektif", "Aturan ditempel, belum dirujuk."))], "Rujuk aturan kelas saat terjadi gangguan.");

    private async Task SampaiObservasiAsync(Kelas k)
    {
        await Ok(Persiapan(k));
        await Ok(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)));
    }

    [Fact]
    public async Task a_teacher_who_now_heads_their_own_school_cannot_take_the_raters_steps_of_their_own_cycle()
    {
        var k = await SiklusAsync();
        await Ok(Persiapan(k));
        await api.KepalaAsync(k.Npsn, k.Guru);
        var awal = await api.JumlahEventAsync(k.SkpId);

        await Gagal(Kepala(k, k.Guru).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)), HttpStatusCode.Forbidden);
        Assert.Equal(awal, await api.JumlahEventAsync(k.SkpId));
    }

    [Fact]
    public async Task a_message_an_admin_moves_back_from_the_error_queue_is_applied_once()
    {
        var n = Interlocked.Increment(ref _nomor);
        var kelas = new Kelas($"2040{n:0000}", $"197202022000011{n:000}", $"199202022016012{n:000}", Guid.NewGuid());
        await api.KepalaAsync(kelas.Npsn, kelas.Kepala);
        var admin = api.ClientWith(Token.Admin());
        var antrean = (await Ok(admin.PostAsync("/admin/pesan-gagal/ulang", null))).EnumerateArray()
            .Select(a => a.GetProperty("antrean").GetString()!).Single(a => a.EndsWith("buka-siklus", StringComparison.Ordinal));

        // where MassTransit leaves a message whose retries ran out; nothing consumes it there
        var pesan = Pesan(kelas, "G-MK-1");
        await BrokerPublisher.SendAsync(api.Infra.RabbitMqConnection, $"queue:{antrean}_error", pesan);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ClientWith(Token.Operator("3273")).PostAsync("/admin/pesan-gagal/ulang", null)).StatusCode);
        var dipindahkan = await Ok(admin.PostAsync("/admin/pesan-gagal/ulang", null));
        Assert.Contains(dipindahkan.EnumerateArray(), a => a.GetProperty("antrean").GetString() == antrean && a.GetProperty("dipindahkan").GetInt32() == 1);

        await SistemBerjalan.WaitUntilAsync(async () => (await Guru(kelas).GetAsync(Url(kelas))).StatusCode == HttpStatusCode.OK, "cycle opened from the moved message");
        await SistemBerjalan.WaitUntilAsync(() => api.DitanganiAsync(pesan.EventId), "handled");
        // moved again by mistake: already handled, nothing changes
        await BrokerPublisher.SendAsync(api.Infra.RabbitMqConnection, $"queue:{antrean}_error", pesan);
        await Ok(admin.PostAsync("/admin/pesan-gagal/ulang", null));
        // a later message on the same queue, handled: the repeat ahead of it has been seen
        var n2 = Interlocked.Increment(ref _nomor);
        var berikut = new Kelas($"2040{n2:0000}", $"197202022000011{n2:000}", $"199202022016012{n2:000}", Guid.NewGuid());
        await api.KepalaAsync(berikut.Npsn, berikut.Kepala);
        var penanda = Pesan(berikut, "G-MK-1");
        await BrokerPublisher.SendAsync(api.Infra.RabbitMqConnection, $"exchange:{antrean}", penanda);
        await SistemBerjalan.WaitUntilAsync(() => api.DitanganiAsync(penanda.EventId), "the later message handled");
        Assert.Equal(1, await api.JumlahEventAsync(kelas.SkpId));
    }

    [Fact]
    public async Task after_a_transfer_the_new_schools_principal_takes_the_raters_steps_and_the_former_one_cannot()
    {
        var k = await SiklusAsync();
        await Ok(Persiapan(k));
        var n = Interlocked.Increment(ref _nomor);
        var npsnBaru = $"2040{n:0000}";
        var kepalaBaru = $"197202022000011{n:000}";
        await api.KepalaAsync(npsnBaru, kepalaBaru);
        await BrokerPublisher.PublishAsync(api.Infra.RabbitMqConnection, api.Prefix, new PegawaiDimutasi
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Nip = k.Guru, NpsnLama = k.Npsn, NpsnBaru = npsnBaru, BerlakuSejak = new DateOnly(2026, 2, 1),
        });
        await SistemBerjalan.WaitUntilAsync(async () => (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("npsn").GetString() == npsnBaru, "the cycle moved");

        await Gagal(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)), HttpStatusCode.NotFound);
        var baru = api.ClientWith(Token.Untuk(kepalaBaru, "kepala-sekolah", npsn: npsnBaru));
        Assert.Equal("Observasi", (await Ok(baru.KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)))).GetProperty("tahap").GetString());
    }

    [Fact]
    public async Task the_five_steps_in_order_complete_the_cycle_and_publish_SiklusSelesai()
    {
        await using var broker = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "SiklusSelesai");
        var k = await SiklusAsync();
        await SampaiObservasiAsync(k);
        api.Jam.Kini = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);

        await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))));
        await Ok(Kepala(k).KirimAsync(ApiSiklus.Diskusi(k.SkpId, new IsiDiskusi(
            "Kelas besar.", "Aturan dirujuk setiap hari.", "Papan aturan; rutinitas pembuka.", "Maret 2026", "Contoh dari guru kelas 5."))));
        await Ok(Guru(k).KirimAsync(ApiSiklus.Upaya(k.SkpId, new IsiUpaya(
            [new IsiKegiatan("j", new DateOnly(2026, 3, 5), "Observasi sejawat di kelas 5."), new IsiKegiatan("p", new DateOnly(2026, 3, 12), "Komunitas belajar.")]))));
        await Ok(Guru(k).KirimAsync(ApiSiklus.Refleksi(k.SkpId, new IsiRefleksi("Aturan yang disepakati lebih ditaati.", "Saya merujuk aturan.", "Konsistensi.", "Pengingat visual."))));
        var selesai = await Ok(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiRefleksi(k.SkpId)));

        Assert.Equal("Selesai", selesai.GetProperty("tahap").GetString());
        var pesan = (await broker.WaitUntilAsync(m => m.GetProperty("siklusId").GetGuid() == k.SkpId)).GetProperty("message");
        Assert.Equal(k.Guru, pesan.GetProperty("nip").GetString());
        Assert.Equal(3, pesan.GetProperty("ringkasanRubrik").GetArrayLength());
        Assert.Equal("DilakukanBelumEfektif", pesan.GetProperty("ringkasanRubrik")[0].GetProperty("level").GetString());
        api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Issue 25, item 5: "Saya telah membaca" on the observation record, once it exists, once, by the teacher only.</summary>
    [Fact]
    public async Task the_teacher_says_they_have_read_the_observation_record_once_and_the_history_keeps_who_and_when()
    {
        var k = await SiklusAsync();
        await SampaiObservasiAsync(k);
        await Gagal(Guru(k).KirimAsync(ApiSiklus.Dibaca(k.SkpId)), HttpStatusCode.Conflict);
        api.Jam.Kini = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);
        try
        {
            await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))));
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        }

        Assert.Contains("dibaca", (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()));
        // the rater's step is still the step: the acknowledgement is beside it, not instead of it
        Assert.Equal(["diskusi-tindak-lanjut"], (await Ok(Kepala(k).GetAsync(Url(k)))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()!));
        await Gagal(Kepala(k).KirimAsync(ApiSiklus.Dibaca(k.SkpId)), HttpStatusCode.Forbidden);
        await Ok(Guru(k).KirimAsync(ApiSiklus.Dibaca(k.SkpId)));
        var sesudah = await api.JumlahEventAsync(k.SkpId);
        await Ok(Guru(k).KirimAsync(ApiSiklus.Dibaca(k.SkpId)));

        Assert.Equal(sesudah, await api.JumlahEventAsync(k.SkpId));
        var siklus = await Ok(Guru(k).GetAsync(Url(k)));
        Assert.True(siklus.GetProperty("dibaca").GetBoolean());
        Assert.DoesNotContain("dibaca", siklus.GetProperty("aksi").EnumerateArray().Select(a => a.GetString()));
        var riwayat = await Guru(k).GetFromJsonAsync<JsonElement>($"{Url(k)}/riwayat");
        Assert.Single(riwayat.EnumerateArray(), e => e.GetProperty("jenis").GetString() == "catatan_observasi_dibaca" && e.GetProperty("pelaku").GetString() == k.Guru);
    }

    [Fact]
    public async Task each_step_refuses_the_other_actor_and_a_stale_version_changes_nothing()
    {
        var k = await SiklusAsync();
        Assert.Equal(k.Kepala, (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("penilaiNip").GetString());
        var versi = (await Guru(k).GetAsync(Url(k))).Headers.ETag!.Tag;
        await SampaiObservasiAsync(k);
        api.Jam.Kini = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);
        try
        {
            await Gagal(Guru(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))), HttpStatusCode.Forbidden);
            var basi = new HttpRequestMessage(HttpMethod.Post, $"{Url(k)}/observasi") { Content = JsonContent.Create(Rubrik("KOM", "KEL", "ATR")) };
            basi.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(versi));
            await Gagal(Kepala(k).SendAsync(basi), HttpStatusCode.PreconditionFailed);
            Assert.Equal("Observasi", (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("tahap").GetString());

            await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))));
            await Gagal(Guru(k).KirimAsync(ApiSiklus.Diskusi(k.SkpId, new IsiDiskusi("a", "b", "c", "d", "e"))), HttpStatusCode.Forbidden);
            await Ok(Kepala(k).KirimAsync(ApiSiklus.Diskusi(k.SkpId, new IsiDiskusi("a", "b", "c", "d", "e"))));
            await Gagal(Kepala(k).KirimAsync(ApiSiklus.Upaya(k.SkpId, new IsiUpaya([new IsiKegiatan("a", new DateOnly(2026, 3, 1), "x")]))), HttpStatusCode.Forbidden);
            await Gagal(Guru(k).KirimAsync(ApiSiklus.Upaya(k.SkpId, new IsiUpaya([new IsiKegiatan("z", new DateOnly(2026, 3, 1), "x")]))), HttpStatusCode.BadRequest);
            await Ok(Guru(k).KirimAsync(ApiSiklus.Upaya(k.SkpId, new IsiUpaya([new IsiKegiatan("a", new DateOnly(2026, 3, 1), "x")]))));
            await Gagal(Kepala(k).KirimAsync(ApiSiklus.Refleksi(k.SkpId, new IsiRefleksi("a", "b", "c", "d"))), HttpStatusCode.Forbidden);
            await Gagal(Guru(k).KirimAsync(ApiSiklus.Refleksi(k.SkpId, new IsiRefleksi(new string('x', 2001), "b", "c", "d"))), HttpStatusCode.BadRequest);
            await Ok(Guru(k).KirimAsync(ApiSiklus.Refleksi(k.SkpId, new IsiRefleksi("a", "b", "c", "d"))));
            await Gagal(Guru(k).KirimAsync(ApiSiklus.KonfirmasiRefleksi(k.SkpId)), HttpStatusCode.Forbidden);

            var riwayat = await Guru(k).GetFromJsonAsync<JsonElement>($"{Url(k)}/riwayat");
            Assert.Equal<string>(["siklus_dibuka", "persiapan_disusun", "jadwal_dikonfirmasi", "observasi_dilakukan", "diskusi_tindak_lanjut_dicatat", "upaya_tindak_lanjut_dicatat", "refleksi_disusun"],
                riwayat.EnumerateArray().Select(e => e.GetProperty("jenis").GetString()!).ToArray());
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task others_get_404()
    {
        var k = await SiklusAsync();
        var lain = await SiklusAsync();

        await Gagal(Guru(lain).GetAsync(Url(k)), HttpStatusCode.NotFound);
        await Gagal(Kepala(lain).GetAsync(Url(k)), HttpStatusCode.NotFound);
        await Gagal(Persiapan(k, Guru(lain)), HttpStatusCode.NotFound);
        await Gagal(api.ClientWith(Token.Operator("3171")).GetAsync(Url(k)), HttpStatusCode.NotFound);
        await Ok(api.ClientWith(Token.Operator("3273")).GetAsync(Url(k)));
    }

    [Fact]
    public async Task the_observation_cannot_happen_before_the_agreed_date_and_the_rubric_must_cover_every_focus_behaviour()
    {
        var k = await SiklusAsync();
        await SampaiObservasiAsync(k);

        var awal = await Gagal(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))), HttpStatusCode.Conflict);
        Assert.Contains("10 Februari 2026 pukul 14.30 WIB", awal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        api.Jam.Kini = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);
        try
        {
            var kurang = await Gagal(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "ATR"))), HttpStatusCode.BadRequest);
            Assert.True(kurang.GetProperty("errors").TryGetProperty("rubrik", out _));
            await Gagal(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, new IsiObservasi([new IsiRubrik("KOM", "Sempurna", "x")], "y"))), HttpStatusCode.BadRequest);
            Assert.Equal("DiskusiTindakLanjut", (await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))))).GetProperty("tahap").GetString());
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task a_missed_time_is_proposed_again_by_the_teacher_and_confirmed_again_by_the_principal_keeping_both_times()
    {
        var k = await SiklusAsync();
        await SampaiObservasiAsync(k);
        var baru = new DateTimeOffset(2026, 2, 17, 7, 30, 0, TimeSpan.Zero);

        // the principal does not move the teacher's lesson; a time already past is refused by its field; nothing is stored
        await Gagal(Kepala(k).KirimAsync(ApiSiklus.UbahJadwal(k.SkpId, new IsiJadwal(baru))), HttpStatusCode.Forbidden);
        var lampau = await Gagal(Guru(k).KirimAsync(ApiSiklus.UbahJadwal(k.SkpId, new IsiJadwal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)))),
            HttpStatusCode.BadRequest);
        Assert.True(lampau.GetProperty("errors").TryGetProperty("jadwal", out _));
        Assert.Contains("jadwal", (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()));

        var diubah = await Ok(Guru(k).KirimAsync(ApiSiklus.UbahJadwal(k.SkpId, new IsiJadwal(baru))));
        Assert.Equal("KonfirmasiJadwal", diubah.GetProperty("tahap").GetString());
        Assert.Equal(baru, diubah.GetProperty("persiapan").GetProperty("jadwal").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero), diubah.GetProperty("jadwalSebelumnya")[0].GetDateTimeOffset());
        await Ok(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)));
        var riwayat = await Ok(Guru(k).GetAsync($"{Url(k)}/riwayat"));
        Assert.Equal(["siklus_dibuka", "persiapan_disusun", "jadwal_dikonfirmasi", "jadwal_diubah", "jadwal_dikonfirmasi"],
            riwayat.EnumerateArray().Select(e => e.GetProperty("jenis").GetString()));
        Assert.Equal(k.Guru, riwayat[3].GetProperty("pelaku").GetString());

        // once observed, the time is history
        api.Jam.Kini = baru.AddMinutes(1);
        try
        {
            await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("KOM", "KEL", "ATR"))));
            await Gagal(Guru(k).KirimAsync(ApiSiklus.UbahJadwal(k.SkpId, new IsiJadwal(baru.AddDays(7)))), HttpStatusCode.Conflict);
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task a_plan_delivered_twice_or_agreed_again_opens_one_cycle()
    {
        var k = await SiklusAsync();
        var ulang = Pesan(k, "G-MK-1");
        var lagi = Pesan(k, "G-MK-1");

        await api.KirimAsync(ulang, ulang, lagi);
        // both new messages were handled (the consumer records each), and the cycle is still the one it was
        await SistemBerjalan.WaitUntilAsync(async () => await api.DitanganiAsync(ulang.EventId) && await api.DitanganiAsync(lagi.EventId), "deliveries consumed");

        Assert.Equal(1, await api.JumlahEventAsync(k.SkpId));
        Assert.Single((await api.ClientWith(Token.Guru(k.Guru, k.Npsn)).GetFromJsonAsync<JsonElement>("/api/observasi/siklus")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task after_a_change_of_principal_the_new_one_acts_and_the_old_one_cannot()
    {
        var k = await SiklusAsync();
        await Ok(Persiapan(k));

        await api.KepalaAsync(k.Npsn, "198002022006041001");

        await Gagal(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)), HttpStatusCode.NotFound);
        await Ok(Kepala(k, "198002022006041001").KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)));
    }

    [Fact]
    public async Task a_cycle_of_penerapan_disiplin_positif_is_observed_by_its_three_focus_behaviours()
    {
        var k = await SiklusAsync("G-MK-2");
        var fokus = (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("perilakuFokus").EnumerateArray().Select(p => p.GetProperty("kode").GetString());
        Assert.Equal(["RDK", "PPS", "RST"], fokus);
        // a target outside them is refused by its field
        var asing = await Gagal(Guru(k).KirimAsync(ApiSiklus.Persiapan(k.SkpId, new IsiPersiapan(["KOM"], "Aturan kelas.",
            new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero)))), HttpStatusCode.BadRequest);
        Assert.True(asing.GetProperty("errors").TryGetProperty("target", out _));
    }

    [Fact]
    public async Task without_configured_focus_behaviours_the_teachers_targets_are_rated()
    {
        var k = await SiklusAsync("G-AK-2");
        await Ok(Guru(k).KirimAsync(ApiSiklus.Persiapan(k.SkpId, new IsiPersiapan(["Menjelaskan dengan contoh"], "Contoh kontekstual.", new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero)))));
        await Ok(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)));
        api.Jam.Kini = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);
        try
        {
            await Ok(Kepala(k).KirimAsync(ApiSiklus.Observasi(k.SkpId, Rubrik("T1"))));
        }
        finally
        {
            api.Jam.Kini = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task the_principal_sees_who_waits_on_whom_and_the_operator_counts_per_step()
    {
        var k = await SiklusAsync();
        await Ok(Persiapan(k));

        var daftar = await Kepala(k).GetFromJsonAsync<JsonElement>("/api/observasi/siklus?tahun=2026");
        var ringkasan = await api.ClientWith(Token.Operator("3273")).GetFromJsonAsync<JsonElement>("/api/observasi/siklus/ringkasan?tahun=2026");

        // paged like every list (api.md), one school's cycles on the first page
        Assert.Equal((1, 50), (daftar.GetProperty("page").GetInt32(), daftar.GetProperty("pageSize").GetInt32()));
        Assert.True(daftar.GetProperty("total").GetInt64() >= 1);
        var posisi = daftar.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("nip").GetString() == k.Guru);
        Assert.Equal("KonfirmasiJadwal", posisi.GetProperty("tahap").GetString());
        Assert.Equal("Penilai", posisi.GetProperty("menunggu").GetString());
        Assert.True(ringkasan.GetProperty("KonfirmasiJadwal").GetInt32() >= 1);
        await Gagal(Guru(k).GetAsync("/api/observasi/siklus/ringkasan?tahun=2026"), HttpStatusCode.Forbidden);

        // the operator's Beranda: per school, and the list behind each number filtered by school and step
        var operasi = api.ClientWith(Token.Operator("3273"));
        var sekolah = (await operasi.GetFromJsonAsync<JsonElement>("/api/observasi/siklus/ringkasan/sekolah?tahun=2026")).EnumerateArray()
            .Single(s => s.GetProperty("npsn").GetString() == k.Npsn);
        Assert.Equal(1, sekolah.GetProperty("jumlah").GetProperty("KonfirmasiJadwal").GetInt64());
        var disaring = await operasi.GetFromJsonAsync<JsonElement>($"/api/observasi/siklus?tahun=2026&npsn={k.Npsn}&tahap=KonfirmasiJadwal");
        Assert.Equal(k.Guru, Assert.Single(disaring.GetProperty("items").EnumerateArray()).GetProperty("nip").GetString());
        Assert.Equal(0, (await operasi.GetFromJsonAsync<JsonElement>($"/api/observasi/siklus?tahun=2026&npsn={k.Npsn}&tahap=Selesai")).GetProperty("total").GetInt64());
        Assert.DoesNotContain((await api.ClientWith(Token.Operator("3171")).GetFromJsonAsync<JsonElement>("/api/observasi/siklus/ringkasan/sekolah?tahun=2026")).EnumerateArray(),
            s => s.GetProperty("npsn").GetString() == k.Npsn);
        await Gagal(Kepala(k).GetAsync("/api/observasi/siklus/ringkasan/sekolah?tahun=2026"), HttpStatusCode.Forbidden);
    }
}
