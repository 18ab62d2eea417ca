namespace Kinerja.ServiceDefaults.Tests.Http;

using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

public class ETagTests
{
    private static HttpRequest Request(string? ifMatch)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("\"7\"", 7L)]
    [InlineData("W/\"7\"", 7L)]
    [InlineData("7", 7L)]
    [InlineData(null, null)]
    public void if_match_is_the_expected_stream_version(string? header, long? expected) =>
        Assert.Equal(expected, ETag.Expected(Request(header)));

    [Theory]
    [InlineData("\"tujuh\"")]
    [InlineData("\"-1\"")]
    public void a_malformed_if_match_is_a_validation_error_naming_the_header(string header)
    {
        var error = Assert.Throws<ValidasiException>(() => ETag.Expected(Request(header)));
        Assert.Contains("If-Match", error.Errors.Keys);
    }
}
