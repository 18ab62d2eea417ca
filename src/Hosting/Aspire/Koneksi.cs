namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.Configuration;

/// <summary>
/// <c>koneksi.env</c> in the data folder (0600): this start's credentials as shell assignments, for a person and for the
/// tests. PostgreSQL's superuser, RabbitMQ's admin and each broker user, Prometheus's password and the dashboard's
/// telemetry API key. Printed nowhere: the console names the file.
/// </summary>
public static class KoneksiExtensions
{
    public static IDistributedApplicationBuilder WithKoneksi(this IDistributedApplicationBuilder builder, KinerjaAppHost kinerja,
        IResourceBuilder<IPostgresKinerja> postgres, IResourceBuilder<IBrokerKinerja> rabbitmq,
        IResourceBuilder<PrometheusLokalResource> prometheus, IResourceBuilder<ProjectResource> gateway)
    {
        var file = kinerja.Folder("koneksi.env");
        builder.Eventing.Subscribe<BeforeStartEvent>(async (_, ct) =>
        {
            var server = prometheus.Resource.Server;
            var baris = new List<string>
            {
                $"ConnectionStrings__postgres='{postgres.Resource.Superuser}'",
                $"ConnectionStrings__rabbitmq='{await rabbitmq.Resource.ConnectionStringExpression.GetValueAsync(ct)}'",
                $"# Prometheus asks for this start's password (user {LocalPrometheus.Pengguna})",
                $"PROMETHEUS='http://{LocalPrometheus.Pengguna}:{server.Sandi}@{new Uri(server.Url).Authority}'",
                "# the Aspire dashboard's telemetry API (header x-api-key)",
                $"DASHBOARD_URL='{builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0]}'",
                $"DASHBOARD_API_KEY='{builder.Configuration["AppHost:DashboardApiKey"]}'",
            };
            if (rabbitmq.Resource is RabbitMqLokalResource { Node: var node })
            {
                baris.AddRange(node.Pengguna.Select(u => $"# {u.Nama}\nRABBITMQ_{u.Nama.ToUpperInvariant().Replace('-', '_')}='{node.ConnectionStringOf(u.Nama)}'"));
            }

            await BerkasRahasia.TulisAsync(file, string.Join('\n', baris) + '\n', ct);
        });
        gateway.OnResourceReady((g, _, _) =>
        {
            var url = g.GetEndpoint("http").Url;
            Console.WriteLine($"""

                Kinerja is running.
                  open in a browser {url}   (API under /api, docs: {url}/scalar)
                  dashboard         the login link above (its token is this start's)
                  data              {kinerja.DataFolder}
                  credentials       {file} (this start's passwords and the dashboard's API key)
                Press Ctrl+C to stop everything.
                """);
            return Task.CompletedTask;
        });
        return builder;
    }
}
