namespace Kinerja.Gateway.Routing;

/// <summary>
/// Points YARP's clusters at the addresses the host hands out the Aspire way
/// (<c>services__datapegawai__http__0</c>), so the routes in appsettings need no ports.
/// </summary>
public static class ServiceDiscovery
{
    public static IConfigurationBuilder AddServiceAddresses(this ConfigurationManager configuration)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var cluster in configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            if (configuration[$"services:{cluster.Key}:http:0"] is { Length: > 0 } address)
            {
                foreach (var destination in cluster.GetSection("Destinations").GetChildren())
                {
                    overrides[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:{destination.Key}:Address"] = address;
                }
            }
        }

        return configuration.AddInMemoryCollection(overrides);
    }
}
