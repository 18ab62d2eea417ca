using System.Globalization;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Perencanaan.Periode;

/// <summary>
/// The planning and adjustment windows of a period (domain.md §2), from configuration
/// (<c>Periode:Perencanaan</c> and <c>Periode:Penyesuaian</c> as <c>MM-dd</c> pairs of the plan's year).
/// Defaults: 1–31 January and 1–31 July. Checked against the injected clock.
/// </summary>
public sealed class Jendela(IConfiguration configuration, TimeProvider clock)
{
    public (DateOnly Mulai, DateOnly Selesai) Perencanaan(int tahun) => Baca("Perencanaan", tahun, "01-01", "01-31");

    public (DateOnly Mulai, DateOnly Selesai) Penyesuaian(int tahun) => Baca("Penyesuaian", tahun, "07-01", "07-31");

    public DateOnly HariIni => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public bool DalamPerencanaan(int tahun) => Dalam(Perencanaan(tahun));

    public bool DalamPenyesuaian(int tahun) => Dalam(Penyesuaian(tahun));

    /// <summary>Refuses with 409 naming the window when today is outside it.</summary>
    public void Wajib(string jendela, (DateOnly Mulai, DateOnly Selesai) rentang)
    {
        if (!Dalam(rentang))
        {
            throw new KonflikException(
                $"Di luar jendela {jendela} ({rentang.Mulai:yyyy-MM-dd} s.d. {rentang.Selesai:yyyy-MM-dd}); hari ini {HariIni:yyyy-MM-dd}.");
        }
    }

    private bool Dalam((DateOnly Mulai, DateOnly Selesai) rentang) => HariIni >= rentang.Mulai && HariIni <= rentang.Selesai;

    private (DateOnly, DateOnly) Baca(string nama, int tahun, string mulai, string selesai) =>
        (Tanggal(configuration[$"Periode:{nama}:Mulai"] ?? mulai, tahun), Tanggal(configuration[$"Periode:{nama}:Selesai"] ?? selesai, tahun));

    private static DateOnly Tanggal(string mmdd, int tahun) =>
        DateOnly.ParseExact($"{tahun}-{mmdd}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
