namespace Kinerja.ServiceDefaults.Waktu;

/// <summary>
/// The day it is for the people the system serves: in Western Indonesian Time (WIB, <c>Asia/Jakarta</c>), the web's
/// zone too (<c>Web:ZonaWaktu</c>), whatever the server's own. A principal assigned "from today" on the web page is
/// in force today in every service; with the server's zone (UTC) that day began at 07:00 WIB, so between 00:00 and
/// 07:00 WIB the new principal could not act.
/// </summary>
public static class Kalender
{
    public static readonly TimeZoneInfo Zona = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    private static readonly System.Globalization.CultureInfo Indonesia = System.Globalization.CultureInfo.GetCultureInfo("id-ID");

    public static DateOnly HariIni(this TimeProvider clock) => Hari(clock.GetUtcNow());

    /// <summary>The day a moment falls on in WIB.</summary>
    public static DateOnly Hari(DateTimeOffset waktu) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(waktu, Zona).DateTime);

    /// <summary>A date as people read it in a message: "10 Februari 2026".</summary>
    public static string Tanggal(DateOnly tanggal) => tanggal.ToString("d MMMM yyyy", Indonesia);

    /// <summary>A moment as people read it in a message: "10 Februari 2026 pukul 14.30 WIB".</summary>
    public static string Waktu(DateTimeOffset waktu) =>
        TimeZoneInfo.ConvertTime(waktu, Zona).ToString("d MMMM yyyy 'pukul' HH.mm 'WIB'", Indonesia);
}
