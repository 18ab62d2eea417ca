namespace Kinerja.Gateway.Routing;

/// <summary>
/// Points YARP's clusters at the addresses the host hands out the Aspire way (<c>services__perencanaan__http__0</c>,
/// <c>…__1</c> for a second instance), so the routes in appsettings need no ports. The first address replaces the
/// cluster's destinations in appsettings; every further one is a destination of its own, balanced and health-checked
/// like the first (the cluster's <c>LoadBalancingPolicy</c> and <c>HealthCheck</c>).
/// </summary>
public static class ServiceDiscovery
{
    public static IConfigurationBuilder AddServiceAddresses(this ConfigurationManager configuration)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var cluster in configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var addresses = configuration.GetSection($"services:{cluster.Key}:http").GetChildren()
                .Where(a => a.Value is { Length: > 0 } && int.TryParse(a.Key, out _))
                .OrderBy(a => int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture))
                .Select(a => a.Value!)
                .ToList();
            if (addresses.Count == 0)
            {
                continue;
            }

            foreach (var destination in cluster.GetSection("Destinations").GetChildren())
            {
                overrides[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:{destination.Key}:Address"] = addresses[0];
            }

            for (var i = 1; i < addresses.Count; i++)
            {
                overrides[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:instance-{i + 1}:Address"] = addresses[i];
            }
        }

        return configuration.AddInMemoryCollection(overrides);
    }
}
