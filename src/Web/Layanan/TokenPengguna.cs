namespace Kinerja.Web.Layanan;

using System.Net.Http.Headers;
using Kinerja.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authentication;

/// <summary>Attaches the signed-in user's API token (kept in the server-side ticket, never sent to the browser) and the page's correlation id.</summary>
public sealed class TokenPengguna(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http)
        {
            if (await http.GetTokenAsync("access_token") is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (CorrelationMiddleware.Of(http) is { } id)
            {
                request.Headers.TryAddWithoutValidation(CorrelationMiddleware.Header, id);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
