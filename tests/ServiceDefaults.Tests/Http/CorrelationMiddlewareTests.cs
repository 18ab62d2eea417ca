namespace Kinerja.ServiceDefaults.Tests.Http;

using Kinerja.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>Issue 29, item 8: a client's correlation id reaches logs and headers only as 1–64 of <c>[A-Za-z0-9-]</c>.</summary>
public sealed class CorrelationMiddlewareTests
{
    [Theory]
    [InlineData("uji-korelasi-42", true)]
    [InlineData("0af7651916cd43dd8448eb211c80319c", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("uji_korelasi", false)]
    [InlineData("uji.korelasi", false)]
    [InlineData("a:b", false)]
    [InlineData("198503152010012001 NIK 3273015503850001\nPALSU", false)]
    [InlineData("<script>", false)]
    [InlineData("ü", false)]
    public async Task a_clients_id_is_kept_only_when_it_is_1_to_64_letters_digits_or_hyphens(string dikirim, bool dipakai)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[CorrelationMiddleware.Header] = dikirim;
        var middleware = new CorrelationMiddleware(_ => Task.CompletedTask, NullLogger<CorrelationMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        var id = CorrelationMiddleware.Of(context)!;
        Assert.Equal(dipakai, id == dikirim);
        Assert.Matches("^[A-Za-z0-9-]{1,64}$", id);
    }

    [Fact]
    public async Task a_65_character_id_is_replaced()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[CorrelationMiddleware.Header] = new string('a', 65);

        await new CorrelationMiddleware(_ => Task.CompletedTask, NullLogger<CorrelationMiddleware>.Instance).InvokeAsync(context);

        Assert.NotEqual(new string('a', 65), CorrelationMiddleware.Of(context));
    }
}
