using Kinerja.Hosting.Aspire;
using Microsoft.Extensions.Configuration;

// The whole system as one Aspire application: the servers from Debian's packages (no container runs here), the four
// services, Web and the gateway, each waited on until healthy, watched on the Aspire dashboard and started again when
// they die. platform.md says what runs here; architecture.md, "The AppHost", why it is declared so.
if (args is ["region", ..])
{
    // ./kinerja region …: the regions' lasting broker users, in the data folder the AppHost's settings name
    var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables().AddCommandLine([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && !a.StartsWith("--grace=", StringComparison.Ordinal))])
        .Build();
    return await PerintahRegion.JalankanAsync(args[1..], config, Console.Out);
}

var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    // `--demo` alone asks for the demo data, and .NET's command line wants a value after a switch: it is taken out here
    Args = [.. args.Where(a => a != "--demo")],
    // the dashboard over plain HTTP on loopback: no development certificate here (platform.md)
    AllowUnsecuredTransport = true,
});
if (args.Contains("--demo"))
{
    builder.Configuration["demo"] = "true";
}

KinerjaAppHost kinerja;
try
{
    kinerja = KinerjaAppHost.Baca(builder);
}
catch (Exception ex) when (ex is InvalidOperationException or Kinerja.Hosting.Servers.MissingServerException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

// the AppHost's own servers, unless the operator names theirs (ConnectionStrings:postgres, ConnectionStrings:rabbitmq)
IResourceBuilder<IPostgresKinerja> postgres = kinerja.PostgresLuar is { } pg
    ? builder.AddPostgresLuar("postgres", pg)
    : builder.AddPostgresLokal("postgres", kinerja.Folder("postgres"), kinerja.Port("Postgres", 54329)).DimulaiUlangBilaMati();
IResourceBuilder<IBrokerKinerja> rabbitmq = kinerja.RabbitMqLuar is { } mq
    ? builder.AddRabbitMqLuar("rabbitmq", mq)
    : builder.AddRabbitMqLokal("rabbitmq", kinerja.Folder("rabbitmq"), kinerja.Port("RabbitMq", 56729), await kinerja.RegionalAsync()).DimulaiUlangBilaMati();

var datapegawai = builder.AddLayanan<Projects.Services_DataPegawai>("datapegawai", kinerja, postgres, rabbitmq)
    .WithEnvironment("Impor__KunciSidik", kinerja.KunciSidik);
var perencanaan = builder.AddLayanan<Projects.Services_Perencanaan>("perencanaan", kinerja, postgres, rabbitmq);
var observasi = builder.AddLayanan<Projects.Services_Observasi>("observasi", kinerja, postgres, rabbitmq);
var penilaian = builder.AddLayanan<Projects.Services_Penilaian>("penilaian", kinerja, postgres, rabbitmq);

// Web calls the API through the gateway with the user's token, like any frontend; the gateway proxies every other path to it
var web = builder.AddProject<Projects.Web>("web", launchProfileName: null)
    .WithHttpEndpoint(port: kinerja.Port("Web", 5100))
    .WithKinerjaEnvironment(kinerja)
    .WithEnvironment(c => { foreach (var (k, v) in kinerja.EnvWeb) { c.EnvironmentVariables[k] = v; } })
    .WithHttpHealthCheck("/health")
    .DimulaiUlangBilaMati();
var gateway = builder.AddProject<Projects.Gateway>("gateway", launchProfileName: null)
    .WithHttpEndpoint(port: kinerja.Port("Gateway", 8080))
    .WithKinerjaEnvironment(kinerja)
    .WithReference(datapegawai).WaitFor(datapegawai)
    .WithReference(perencanaan).WaitFor(perencanaan)
    .WithReference(observasi).WaitFor(observasi)
    .WithReference(penilaian).WaitFor(penilaian)
    .WithReference(web).WaitFor(web)
    .WithHttpHealthCheck("/health")
    .DimulaiUlangBilaMati();
web.WithEnvironment("services__gateway__http__0", gateway.GetEndpoint("http"));
// reminder e-mails link to the pages through the one door, unless the operator names the public address (Pengingat:AlamatWeb)
datapegawai.WithEnvironment(c => c.EnvironmentVariables.TryAdd("Pengingat__AlamatWeb", gateway.GetEndpoint("http")));

var prometheus = builder.AddPrometheusLokal("prometheus", kinerja.Folder("prometheus"), kinerja.Port("Prometheus", 19090),
        Path.Combine(kinerja.RepoRoot, "ops", "prometheus", "peringatan.yml"))
    .WithScrape(datapegawai, perencanaan, observasi, penilaian, gateway, web)
    .WithScrape(rabbitmq)
    .DimulaiUlangBilaMati();

if (kinerja.MuatDemo)
{
    builder.AddProject<Projects.Demo>("demo", launchProfileName: null)
        .WithArgs(kinerja.DataFolder)
        .WithReference(gateway).WaitFor(gateway);
}

builder.WithKoneksi(kinerja, postgres, rabbitmq, prometheus, gateway);
builder.Build().Run();
return 0;
