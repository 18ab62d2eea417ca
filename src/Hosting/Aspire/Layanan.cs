namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;

public static class LayananExtensions
{
    /// <summary>
    /// One of the four services: its own database and broker user, on its port (the proxy's, when it has
    /// <c>Services:Replicas:&lt;service&gt;</c> instances behind it), healthy when <c>/health</c> answers, and started
    /// again when it dies.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddLayanan<TProject>(this IDistributedApplicationBuilder builder, string service,
        KinerjaAppHost kinerja, IResourceBuilder<IPostgresKinerja> postgres, IResourceBuilder<IBrokerKinerja> rabbitmq)
        where TProject : IProjectMetadata, new()
    {
        var db = postgres.AddDatabaseLayanan(service);
        var pengguna = rabbitmq.PenggunaUntuk(service);
        return builder.AddProject<TProject>(service, launchProfileName: null)
            .WithHttpEndpoint(port: kinerja.PortLayanan(service))
            .WithReplicas(kinerja.Replicas(service))
            .WithReference(db, connectionName: service)
            .WithReference(pengguna, connectionName: "rabbitmq")
            .WaitFor(db)
            .WaitFor(pengguna)
            .WithKinerjaEnvironment(kinerja)
            .WithHttpHealthCheck("/health")
            .DimulaiUlangBilaMati();
    }

    /// <summary>What every project of ours is given: its environment, and the demo's settings on the demo's data.</summary>
    public static IResourceBuilder<ProjectResource> WithKinerjaEnvironment(this IResourceBuilder<ProjectResource> project, KinerjaAppHost kinerja)
    {
        project.WithEnvironment("ASPNETCORE_ENVIRONMENT", kinerja.Environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", kinerja.Environment);
        foreach (var (key, value) in kinerja.EnvLayanan)
        {
            project.WithEnvironment(key, value);
        }

        return project;
    }
}
