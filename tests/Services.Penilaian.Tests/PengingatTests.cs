namespace Kinerja.Penilaian.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.Testing;

/// <summary>
/// The assessments' reminders (issue 25 item 6): one ready to rate, or rated and not finalised, that has waited 7 days
/// reminds its rater, naming whose it is; once per state, and none for a finalised one.
/// </summary>
public sealed class PengingatTests(PenilaianApi api) : IClassFixture<PenilaianApi>
{
    private const string Npsn = "20510001";
    private const string Kepala = "197404042000011051";
    private const string Guru = "199404042017012051";

    private HttpClient Sebagai(string nip, string peran) => api.ClientWith(Token.Untuk(nip, peran, npsn: Npsn));

    [Fact]
    public async Task an_assessment_waiting_seven_days_on_its_rater_reminds_them_once_per_state()
    {
        var id = Guid.NewGuid();
        var awalan = $"{JenisPengingat.Menunggu}:penilaian:{id}:";
        await api.SeedAsync(Npsn, Kepala, Guru, "AhliMadya", "3273");
        await api.KirimAsync(new SkpDisepakati
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SkpId = id, Nip = Guru, Tahun = 2026, Npsn = Npsn,
            PenilaiNip = Kepala, PraktikKinerja = "G-MK-1", Kompetensi = "PED-1", PerilakuKerja = ["KL"],
        });
        var guru = Sebagai(Guru, "guru");
        await SistemBerjalan.WaitUntilAsync(async () => (await guru.GetAsync($"/api/penilaian/{id}")).StatusCode == HttpStatusCode.OK, "assessment opened");

        // waiting for the cycle is nobody's task yet
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), api.PengingatAsync);
        Assert.Empty(await api.PengingatTercatatAsync(awalan));

        await api.KirimAsync(new SiklusSelesai
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SiklusId = id, SkpId = id, Nip = Guru, Tahun = 2026,
            RingkasanRubrik = [new RingkasanRubrik("KOM", "DilakukanEfektif")],
        });
        await SistemBerjalan.WaitUntilAsync(async () =>
            (await guru.GetFromJsonAsync<JsonElement>($"/api/penilaian/{id}")).GetProperty("status").GetString() == "SiapDinilai", "cycle recorded");
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(6), api.PengingatAsync);
        Assert.Empty(await api.PengingatTercatatAsync(awalan));
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), async () =>
        {
            await api.PengingatAsync();
            await api.PengingatAsync();
        });
        var siap = Assert.Single(await api.PengingatTercatatAsync(awalan));
        Assert.Equal(Kepala, siap.PenerimaId);

        // rated, not finalised: a new state waited in; finalised: nothing more
        var nilai = await Sebagai(Kepala, "kepala-sekolah").KirimAsync(ApiPenilaian.Nilai(id, new IsiNilai("SesuaiEkspektasi", "SesuaiEkspektasi", "Pertahankan rutinitas kelas.")));
        Assert.Equal(HttpStatusCode.OK, nilai.StatusCode);
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), api.PengingatAsync);
        Assert.Equal(2, (await api.PengingatTercatatAsync(awalan)).Count);
        Assert.Equal(HttpStatusCode.OK, (await Sebagai(Kepala, "kepala-sekolah").KirimAsync(ApiPenilaian.Tetapkan(id))).StatusCode);
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), api.PengingatAsync);
        Assert.Equal(2, (await api.PengingatTercatatAsync(awalan)).Count);
    }
}
