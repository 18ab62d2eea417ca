namespace Kinerja.ServiceDefaults.Messaging;

using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:rabbitmq</c>, an amqp:// URI). Queues are named
    /// <c>&lt;prefix&gt;&lt;service&gt;-&lt;consumer&gt;</c> in kebab case so each service gets its own copy of
    /// every event; the prefix (<see cref="Topology"/>) keeps systems sharing a broker apart.
    /// Called before <c>AddKinerjaMarten</c>, which refuses to start otherwise: hosted services stop in
    /// reverse order, and the relay has to stop before the bus it publishes to.
    /// </summary>
    public static IHostApplicationBuilder AddKinerjaMessaging(
        this IHostApplicationBuilder builder, string service, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set: the service needs RabbitMQ (amqp://user:pass@host:port/vhost).");
        var uri = new Uri(connectionString);
        var prefix = builder.Configuration[Topology.PrefixSetting] ?? "";

        var formatter = new KebabCaseEndpointNameFormatter($"{prefix}{service}", false);
        // registered before the bus, so it has turned a broker's older classic queues into quorum ones when the bus starts
        builder.Services.AddHostedService(sp => new AntreanQuorum(uri, AntreanKonsumen(builder.Services, formatter),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AntreanQuorum>>()));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(formatter);
            consumers?.Invoke(bus);
            // quorum queues: replicated across a RabbitMQ cluster's nodes and durable (docs/operations.md, "Scaling a service")
            bus.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri.Host, (ushort)(uri.Port > 0 ? uri.Port : 5672), VirtualHost(uri), h =>
                {
                    var (user, password) = Credentials(uri);
                    h.Username(user);
                    h.Password(password);
                });
                Topology.Prefix(rabbit, prefix);
                Topology.RouteByWilayah(rabbit);
                PemulihanPesan.Atur(rabbit, builder.Configuration);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton(sp => new AntreanGagal(uri, AntreanKonsumen(builder.Services, formatter),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AntreanGagal>>()));
        builder.Services.AddSingleton<IDefaultEndpoints, AntreanGagal.Endpoints>();
        return builder;
    }

    /// <summary>The consumers registered, by the queue each one receives from (read when the services are resolved, all registered by then).</summary>
    private static List<string> AntreanKonsumen(IServiceCollection services, IEndpointNameFormatter formatter) =>
        services
            .Select(d => d.ImplementationType ?? d.ServiceType)
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IConsumer).IsAssignableFrom(t))
            .Select(t => QueueOf(formatter, t))
            .Distinct()
            .ToList();

    /// <summary>The receive queue MassTransit names for a consumer, e.g. <c>observasi-buka-siklus</c>.</summary>
    private static string QueueOf(IEndpointNameFormatter formatter, Type consumer) =>
        (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
            .MakeGenericMethod(consumer).Invoke(formatter, null)!;

    private static string VirtualHost(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
