namespace Kinerja.Perencanaan.Tests.Pengingat;

using System.Net;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.Testing;

/// <summary>
/// The plans' reminders (issue 25 item 6), computed by the service's job: the planning window closing in 7 days and in 1,
/// to each padan pegawai whose plan of the year is not submitted; a submitted plan waiting 7 days, to its rater. Each once.
/// </summary>
public sealed class PengingatTests(PerencanaanApi api) : IClassFixture<PerencanaanApi>
{
    private const string PenilaiKs = "196604041990011001";

    /// <summary>A school of one test: the tests of this class share a database and must not depend on each other.</summary>
    private sealed record Sekolah(string Npsn, string Kepala, string Guru, Guid SkpKepala);

    /// <summary>The reminders recorded under a key's start, to the school's people only (the other test's school shares the database).</summary>
    private async Task<IReadOnlyList<PengingatTercatat>> TercatatAsync(string awalan, Sekolah s)
    {
        var orang = new[] { s.Kepala, s.Guru, PenilaiKs };
        return [.. (await api.PengingatTercatatAsync(awalan)).Where(t => orang.Contains(t.PenerimaId))];
    }

    /// <summary>The school: its principal has submitted their own plan, to the school's penilai-ks; its teacher has none.</summary>
    private async Task<Sekolah> SekolahAsync(int n)
    {
        var (npsn, nipKepala, guru) = ($"2035000{n}", $"19740404200001100{n}", $"19940404201601200{n}");
        await api.KepalaAsync(npsn, nipKepala);
        await api.PenilaiAsync(npsn, PenilaiKs);
        await api.PegawaiPadanAsync(guru, npsn);
        await api.PegawaiPadanAsync(nipKepala, npsn);
        var kepala = api.ClientWith(Token.Untuk(nipKepala, "kepala-sekolah", npsn: npsn));
        var dibuat = await kepala.KirimAsync(ApiSkp.Buat(new BuatSkp(2026)));
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var id = KlienDemo.IdDari(dibuat.Headers.Location!.ToString());
        foreach (var bagian in ContohSkp.Isi(id, kepala: true, atasan: null))
        {
            Assert.Equal(HttpStatusCode.OK, (await kepala.KirimAsync(bagian)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await kepala.KirimAsync(ApiSkp.Ajukan(id))).StatusCode);
        return new Sekolah(npsn, nipKepala, guru, id);
    }

    [Fact]
    public async Task the_planning_window_reminds_those_without_a_submitted_plan_seven_days_and_one_day_before_it_closes_once_each()
    {
        var s = await SekolahAsync(1);
        var awalan = $"{JenisPengingat.BatasPerencanaan}:2026:";

        await api.PadaAsync(new DateTimeOffset(2026, 1, 23, 3, 0, 0, TimeSpan.Zero), api.PengingatAsync);
        Assert.Empty(await TercatatAsync(awalan, s));

        await api.PadaAsync(new DateTimeOffset(2026, 1, 24, 3, 0, 0, TimeSpan.Zero), async () =>
        {
            await api.PengingatAsync();
            await api.PengingatAsync();
        });
        var tujuh = Assert.Single(await TercatatAsync(awalan, s));
        Assert.Equal((s.Guru, $"{awalan}7:{s.Guru}"), (tujuh.PenerimaId, tujuh.Kunci));

        await api.PadaAsync(new DateTimeOffset(2026, 1, 30, 3, 0, 0, TimeSpan.Zero), api.PengingatAsync);
        await api.PadaAsync(new DateTimeOffset(2026, 1, 31, 3, 0, 0, TimeSpan.Zero), api.PengingatAsync);
        Assert.Equal([$"{awalan}1:{s.Guru}", $"{awalan}7:{s.Guru}"], (await TercatatAsync(awalan, s)).Select(t => t.Kunci).Order(StringComparer.Ordinal));

        // closed: nothing more
        await api.PadaAsync(new DateTimeOffset(2026, 2, 1, 3, 0, 0, TimeSpan.Zero), api.PengingatAsync);
        Assert.Equal(2, (await TercatatAsync(awalan, s)).Count);
    }

    [Fact]
    public async Task a_plan_submitted_seven_days_ago_reminds_its_rater_naming_whose_it_is()
    {
        var s = await SekolahAsync(2);
        var awalan = $"{JenisPengingat.Menunggu}:skp:{s.SkpKepala}:";
        // the wait is the plan's last change by the database's clock: the test's clock goes past the real one
        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(6), api.PengingatAsync);
        Assert.Empty(await TercatatAsync(awalan, s));

        await api.PadaAsync(DateTimeOffset.UtcNow.AddDays(8), async () =>
        {
            await api.PengingatAsync();
            await api.PengingatAsync();
        });
        var menunggu = Assert.Single(await TercatatAsync(awalan, s));
        Assert.Equal(PenilaiKs, menunggu.PenerimaId);
    }
}
