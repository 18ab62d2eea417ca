namespace Kinerja.Observasi.Tests;

using System.Net;
using Kinerja.Contracts;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.Testing;

/// <summary>
/// The cycle's reminders (issue 25 item 6), computed by the service's job from its read models: an agreed observation
/// a day ahead, to the teacher and to the rater; a step waited on for 7 days, to whoever must take it. Each once, however
/// often the job runs, and each published as <c>PengingatJatuhTempo</c> by the relay.
/// </summary>
public sealed class PengingatTests(ObservasiApi api) : IClassFixture<ObservasiApi>
{
    private static int _nomor;

    private sealed record Kelas(string Npsn, string Kepala, string Guru, Guid SkpId);

    private async Task<Kelas> SiklusAsync()
    {
        var n = Interlocked.Increment(ref _nomor);
        // NIPs of this class only: every test assembly's services hear the same broker
        var k = new Kelas($"2041{n:0000}", $"197303032000011{n:000}", $"199303032016012{n:000}", Guid.NewGuid());
        await api.KepalaAsync(k.Npsn, k.Kepala);
        await api.KirimAsync(new SkpDisepakati
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SkpId = k.SkpId, Nip = k.Guru, Tahun = 2026, Npsn = k.Npsn,
            PenilaiNip = k.Kepala, PraktikKinerja = "G-MK-1", Kompetensi = "PED-1", PerilakuKerja = ["KL"],
        });
        await SistemBerjalan.WaitUntilAsync(async () => (await Guru(k).GetAsync($"/api/observasi/siklus/{k.SkpId}")).StatusCode == HttpStatusCode.OK,
            "cycle opened");
        return k;
    }

    private HttpClient Guru(Kelas k) => api.ClientWith(Token.Guru(k.Guru, k.Npsn));

    private HttpClient Kepala(Kelas k) => api.ClientWith(Token.Untuk(k.Kepala, "kepala-sekolah", npsn: k.Npsn));

    /// <summary>This cycle's reminders, of both kinds (a cycle's id is its plan's).</summary>
    private async Task<IReadOnlyList<PengingatTercatat>> TercatatAsync(Kelas k) =>
    [
        .. await api.PengingatTercatatAsync($"{JenisPengingat.ObservasiBesok}:{k.SkpId}:"),
        .. await api.PengingatTercatatAsync($"{JenisPengingat.Menunggu}:siklus:{k.SkpId}:"),
    ];

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task an_agreed_observation_a_day_ahead_reminds_the_teacher_and_the_rater_once_each_and_is_published()
    {
        await using var broker = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, nameof(PengingatJatuhTempo));
        var k = await SiklusAsync();
        var jadwal = new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero);
        await Ok(Guru(k).KirimAsync(ApiSiklus.Persiapan(k.SkpId, new IsiPersiapan(["KOM", "ATR"], "Menyepakati aturan kelas bersama peserta didik.", jadwal))));

        // not yet agreed: a proposed time reminds nobody of an observation
        await api.PadaAsync(jadwal.AddHours(-20), api.PengingatAsync);
        Assert.DoesNotContain(await TercatatAsync(k), t => t.Kunci.StartsWith(JenisPengingat.ObservasiBesok, StringComparison.Ordinal));

        await Ok(Kepala(k).KirimAsync(ApiSiklus.KonfirmasiJadwal(k.SkpId)));
        // two days ahead: too early
        await api.PadaAsync(jadwal.AddDays(-2), api.PengingatAsync);
        Assert.Empty(await TercatatAsync(k));

        await api.PadaAsync(jadwal.AddHours(-20), async () =>
        {
            await api.PengingatAsync();
            await api.PengingatAsync();
        });
        var tercatat = await TercatatAsync(k);
        Assert.Equal(new[] { k.Guru, k.Kepala }.Order(StringComparer.Ordinal), tercatat.Select(t => t.PenerimaId).Order(StringComparer.Ordinal));

        var untukKepala = await broker.WaitUntilAsync(m => m.GetProperty("penerimaId").GetString() == k.Kepala
            && m.GetProperty("kunci").GetString()!.Contains(k.SkpId.ToString(), StringComparison.Ordinal));
        var pesan = untukKepala.GetProperty("message");
        Assert.Equal(JenisPengingat.ObservasiBesok, pesan.GetProperty("jenis").GetString());
        // 20 hours ahead of 14.30 WIB on the 10th is 18.30 WIB on the 9th: the day before
        Assert.Equal("Observasi kelas besok", pesan.GetProperty("judul").GetString());
        Assert.Equal($"/siklus/{k.SkpId}", pesan.GetProperty("tautan").GetString());
        // the rater's e-mail names the teacher: DataPegawai looks the name up from the owner's id, not from the text
        Assert.Equal(k.Guru, pesan.GetProperty("pemilikId").GetString());
        Assert.Contains("10 Februari 2026 pukul 14.30 WIB", pesan.GetProperty("isi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_step_waited_on_for_seven_days_reminds_whoever_must_take_it_once_per_state()
    {
        var k = await SiklusAsync();
        // the last change is the database's clock, so the test's clock goes past the real one
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(6), api.PengingatAsync);
        Assert.Empty(await TercatatAsync(k));

        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), async () =>
        {
            await api.PengingatAsync();
            await api.PengingatAsync();
        });
        var persiapan = Assert.Single(await TercatatAsync(k));
        Assert.Equal(k.Guru, persiapan.PenerimaId);

        // the teacher acts: the wait is now the rater's, a new occasion
        await Ok(Guru(k).KirimAsync(ApiSiklus.Persiapan(k.SkpId, new IsiPersiapan(["KOM", "ATR"], "Menyepakati aturan kelas bersama peserta didik.",
            new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero)))));
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), api.PengingatAsync);
        var semua = await TercatatAsync(k);
        Assert.Equal(2, semua.Count);
        Assert.Contains(semua, t => t.PenerimaId == k.Kepala && t.Kunci.StartsWith($"{JenisPengingat.Menunggu}:siklus:", StringComparison.Ordinal));
    }
}
