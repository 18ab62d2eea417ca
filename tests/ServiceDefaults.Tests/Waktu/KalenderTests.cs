namespace Kinerja.ServiceDefaults.Tests.Waktu;

using Kinerja.ServiceDefaults.Waktu;

public class KalenderTests
{
    [Theory]
    [InlineData("2026-12-03T16:59:59Z", "2026-12-03")]
    // 17:00 UTC is midnight in Jakarta: the web's "today" and every service's change together
    [InlineData("2026-12-03T17:00:00Z", "2026-12-04")]
    [InlineData("2026-12-03T23:30:00Z", "2026-12-04")]
    public void today_is_the_date_in_wib_whatever_the_servers_zone(string utc, string hariIni) =>
        Assert.Equal(DateOnly.Parse(hariIni, System.Globalization.CultureInfo.InvariantCulture),
            new Jam(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).HariIni());

    /// <summary>A clock at one instant, in a server zone of UTC as on these machines.</summary>
    private sealed class Jam(DateTimeOffset kini) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => kini;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
