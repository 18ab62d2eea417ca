namespace Kinerja.ServiceDefaults.Tests.Pemantauan;

using System.Net;
using Kinerja.ServiceDefaults.Telemetry;

public sealed class MetricsEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::ffff:203.0.113.9", false)]
    [InlineData("2001:db8::1", false)]
    public void only_a_caller_on_this_machine_is_answered(string alamat, bool dijawab) =>
        Assert.Equal(dijawab, MetricsEndpoint.DariMesinIni(IPAddress.Parse(alamat)));

    [Fact]
    public void a_caller_without_an_address_is_not_answered() => Assert.False(MetricsEndpoint.DariMesinIni(null));
}
