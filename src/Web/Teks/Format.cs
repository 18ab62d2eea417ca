namespace Kinerja.Web;

using System.Globalization;

/// <summary>Dates, times and numbers as an Indonesian reader expects them (<c>24 November 2026</c>, <c>37,5</c>), in the school's time zone.</summary>
public sealed class Format(IConfiguration configuration)
{
    public static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>WIB by default (<c>Web:ZonaWaktu</c>): what a date-time field means when a person types one.</summary>
    public TimeZoneInfo Zona { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["Web:ZonaWaktu"] ?? "Asia/Jakarta");

    public string NamaZona => Zona.BaseUtcOffset.TotalHours switch { 7 => "WIB", 8 => "WITA", 9 => "WIT", var h => $"UTC+{h}" };

    public static string Tanggal(DateOnly d) => d.ToString("d MMMM yyyy", Id);

    public string Tanggal(DateTimeOffset waktu) => TimeZoneInfo.ConvertTime(waktu, Zona).ToString("d MMMM yyyy", Id);

    public string Waktu(DateTimeOffset waktu) => $"{TimeZoneInfo.ConvertTime(waktu, Zona).ToString("d MMMM yyyy, HH.mm", Id)} {NamaZona}";

    public static string Angka(decimal n) => n.ToString("#,0.###", Id);

    /// <summary>The value of a <c>datetime-local</c> field for a moment, in the zone.</summary>
    public string Masukan(DateTimeOffset waktu) => TimeZoneInfo.ConvertTime(waktu, Zona).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A <c>datetime-local</c> value read in the zone; null when it is not one.</summary>
    public DateTimeOffset? Baca(string? masukan)
    {
        if (!DateTime.TryParseExact(masukan, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokal))
        {
            return null;
        }

        return new DateTimeOffset(lokal, Zona.GetUtcOffset(lokal));
    }
}
