namespace Kinerja.Perencanaan.Periode;

using System.Globalization;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;

/// <summary>A window of dates, both ends included.</summary>
public sealed record Rentang(DateOnly Mulai, DateOnly Selesai)
{
    public bool Memuat(DateOnly hari) => hari >= Mulai && hari <= Selesai;
}

/// <summary>
/// The windows of one plan's year and the day a command is judged on: a plain value, so the rules that
/// use it are decided without a clock or configuration.
/// </summary>
public sealed record JendelaTahun(DateOnly HariIni, Rentang Perencanaan, Rentang Penyesuaian)
{
    public bool DalamPerencanaan => Perencanaan.Memuat(HariIni);

    public bool DalamPenyesuaian => Penyesuaian.Memuat(HariIni);

    /// <summary>Refuses with 409 naming the window when today is outside it.</summary>
    public void Wajib(string nama, Rentang rentang)
    {
        if (!rentang.Memuat(HariIni))
        {
            throw new KonflikException(
                $"Di luar jendela {nama} ({rentang.Mulai:yyyy-MM-dd} s.d. {rentang.Selesai:yyyy-MM-dd}); hari ini {HariIni:yyyy-MM-dd}.");
        }
    }

    /// <summary>A plan is written in the planning window, or in the adjustment window once it was reopened there.</summary>
    public void WajibUntukMenulis(bool penyesuaian)
    {
        if (!(DalamPerencanaan || (penyesuaian && DalamPenyesuaian)))
        {
            Wajib(penyesuaian ? "penyesuaian" : "perencanaan", penyesuaian ? Penyesuaian : Perencanaan);
        }
    }
}

/// <summary>
/// The planning and adjustment windows of a period (domain.md §2), from configuration
/// (<c>Periode:Perencanaan</c> and <c>Periode:Penyesuaian</c> as <c>MM-dd</c> pairs of the plan's year).
/// Defaults: 1–31 January and 1–31 July. One year's window may be moved by whole dates, as a Dinas extends a deadline
/// (<c>Periode:Tahun:2025:Perencanaan:Selesai=2026-02-15</c>), so late plans of that year can still be written.
/// Today comes from the injected clock.
/// </summary>
public sealed class Jendela(IConfiguration configuration, TimeProvider clock)
{
    public JendelaTahun Untuk(int tahun) => new(
        clock.HariIni(), Baca("Perencanaan", tahun, "01-01", "01-31"), Baca("Penyesuaian", tahun, "07-01", "07-31"));

    private Rentang Baca(string nama, int tahun, string mulai, string selesai) =>
        new(Tanggal(nama, "Mulai", tahun, mulai), Tanggal(nama, "Selesai", tahun, selesai));

    private DateOnly Tanggal(string nama, string ujung, int tahun, string bawaan) =>
        configuration[$"Periode:Tahun:{tahun}:{nama}:{ujung}"] is { } tanggal
            ? DateOnly.ParseExact(tanggal, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.ParseExact($"{tahun}-{configuration[$"Periode:{nama}:{ujung}"] ?? bawaan}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
