namespace Kinerja.ServiceDefaults.Http;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Whose <c>X-Forwarded-For/Proto/Host</c> a process believes: a proxy on this machine (loopback), and those named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR) for a TLS proxy on
/// another host (docs/deploy.md). Anyone else's are ignored, so a client cannot claim HTTPS, another address or another host.
/// </summary>
public static class ProksiTerpercaya
{
    public static IServiceCollection AddProksiTerpercaya(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proksi in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proksi));
            }

            foreach (var jaringan in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(jaringan));
            }
        });
}
