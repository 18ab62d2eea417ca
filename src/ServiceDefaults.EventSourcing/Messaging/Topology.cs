namespace Kinerja.ServiceDefaults.Messaging;

using MassTransit;

/// <summary>
/// Names on the broker. <c>Messaging:Prefix</c> goes in front of every exchange and queue, so systems
/// sharing one broker (each test run's services) never see each other's messages; in production it is
/// empty and the exchanges are MassTransit's own names, the ones docs/events.md promises.
/// </summary>
public static class Topology
{
    public const string PrefixSetting = "Messaging:Prefix";

    /// <summary>The fanout exchange a message type is published to, e.g. <c>Kinerja.Contracts:SkpDisepakati</c>.</summary>
    public static string Exchange(string awalan, string jenisPesan) => $"{awalan}Kinerja.Contracts:{jenisPesan}";

    /// <summary>
    /// <c>PredikatKinerjaDitetapkan</c> carries names and NIPs to regional systems: its exchange is a topic
    /// exchange routed by wilayah, so a region's queue, bound with its own kode wilayah, receives only its
    /// own teachers (docs/events.md). Every other message stays on MassTransit's fanout exchange.
    /// </summary>
    public const string RoutedByWilayah = nameof(Kinerja.Contracts.PredikatKinerjaDitetapkan);

    public static string ExchangeType(string jenisPesan) => jenisPesan == RoutedByWilayah ? "topic" : "fanout";

    public static void RouteByWilayah(IRabbitMqBusFactoryConfigurator rabbit)
    {
        // no exchange for the shared interface: nobody consumes "any event", and each service's broker user
        // may touch only the exchanges of the events it publishes and consumes (docs/events.md)
        rabbit.Publish<Kinerja.Contracts.IIntegrationEvent>(p => p.Exclude = true);
        rabbit.Publish<Kinerja.Contracts.PredikatKinerjaDitetapkan>(p => p.ExchangeType = "topic");
        rabbit.Send<Kinerja.Contracts.PredikatKinerjaDitetapkan>(s => s.UseRoutingKeyFormatter(c => c.Message.Wilayah));
    }

    /// <summary>Puts the prefix in front of every exchange this bus declares or publishes to.</summary>
    public static void Prefix(IBusFactoryConfigurator bus, string awalan)
    {
        if (awalan.Length > 0)
        {
            bus.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(bus.MessageTopology.EntityNameFormatter, awalan));
        }
    }
}
