namespace Kinerja.Web.Masuk;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

/// <summary>
/// Sessions kept on the server: the cookie carries only a random key, so the API token (even encrypted)
/// never reaches the browser. In memory: restarting Web signs people out, and scaled-out Web instances
/// need a shared store (issue 15) before they can share sessions.
/// </summary>
public sealed class SesiServer(IMemoryCache cache) : ITicketStore
{
    private const string Awalan = "sesi:";

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Simpan(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Simpan(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(cache.Get<AuthenticationTicket>(Awalan + key));

    public Task RemoveAsync(string key)
    {
        cache.Remove(Awalan + key);
        return Task.CompletedTask;
    }

    private void Simpan(string key, AuthenticationTicket ticket) =>
        cache.Set(Awalan + key, ticket, ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.AddHours(8));
}

/// <summary>Hands the cookie handler its store once the container can build it.</summary>
public sealed class PasangSesiServer(SesiServer store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options) => options.SessionStore = store;
}
