namespace Kinerja.ServiceDefaults.Pengingat;

using JasperFx.Events.Projections;
using Kinerja.ServiceDefaults.Messaging;
using Marten;
using Microsoft.Extensions.DependencyInjection;

public static class PengingatExtensions
{
    /// <summary>The reminder job of a service, with its source (<see cref="PenjadwalPengingat"/>).</summary>
    public static IServiceCollection AddPengingat<TSumber>(this IServiceCollection services)
        where TSumber : class, ISumberPengingat
    {
        services.AddSingleton<ISumberPengingat, TSumber>();
        // the relay publishes what the job records, beside the service's own events
        services.AddSingleton<IIntegrationEventMap, PemetaanPengingat>();
        services.AddSingleton<PenjadwalPengingat>();
        return services.AddHostedService(sp => sp.GetRequiredService<PenjadwalPengingat>());
    }

    /// <summary>The reminders' streams and the lease in the service's store.</summary>
    public static void AddPengingat(this StoreOptions options)
    {
        options.Projections.Snapshot<PengingatTercatat>(SnapshotLifecycle.Inline);
        options.Schema.For<SewaPengingat>().UseOptimisticConcurrency(true);
    }
}
