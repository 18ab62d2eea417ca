namespace Kinerja.Web.Tests.Masuk;

using Kinerja.Web.Masuk;
using Microsoft.AspNetCore.Http;

/// <summary>Where a sign-in may send the browser back to, and where the development sign-in is offered (issue 29, items 2 and 8).</summary>
public sealed class KembaliTests
{
    [Theory]
    [InlineData("/skp/1", "/skp/1")]
    [InlineData("/", "/")]
    [InlineData("/pegawai?halaman=2", "/pegawai?halaman=2")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData("/\r/evil.example", "/")]
    [InlineData("/a\\b", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void only_a_path_of_this_site_without_control_characters_or_backslashes_is_returned_to(string? kembali, string diharapkan) =>
        Assert.Equal(diharapkan, MasukExtensions.AmanUntukKembali(kembali));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("[::1]", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("evil.example", false)]
    [InlineData("kinerja.kemdikbud.go.id", false)]
    [InlineData("192.168.1.10", false)]
    public void the_development_sign_in_is_offered_only_through_a_loopback_host(string host, bool boleh)
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString(host, 8080);
        Assert.Equal(boleh, MasukExtensions.MasukPengembanganBoleh(http));
    }
}
