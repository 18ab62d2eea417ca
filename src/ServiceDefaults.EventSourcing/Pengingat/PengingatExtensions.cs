namespace Kinerja.ServiceDefaults.Pengingat;

using JasperFx.Events;
using JasperFx.Events.Projections;
using Kinerja.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;

public static class PengingatExtensions
{
    /// <summary>The reminder job of a service, with its source (<see cref="PenjadwalPengingat"/>).</summary>
    public static IServiceCollection AddPengingat<TSumber>(this IServiceCollection services)
        where TSumber : class, ISumberPengingat
    {
        services.AddSingleton<ISumberPengingat, TSumber>();
        services.AddSingleton<PenjadwalPengingat>();
        return services.AddHostedService(sp => sp.GetRequiredService<PenjadwalPengingat>());
    }

    /// <summary>The reminders' streams and the lease in the service's store.</summary>
    public static void AddPengingat(this StoreOptions options)
    {
        options.Projections.Snapshot<PengingatTercatat>(SnapshotLifecycle.Inline);
        options.Schema.For<SewaPengingat>().UseOptimisticConcurrency(true);
    }

    /// <summary>The relay's translation, the same in every service that reminds.</summary>
    public static PengingatJatuhTempo Pesan(IEvent committed, PengingatDibuat e) => new()
    {
        EventId = committed.Id,
        OccurredAt = committed.Timestamp,
        Kunci = e.Kunci,
        Jenis = e.Jenis,
        PenerimaId = e.PenerimaId,
        Judul = e.Judul,
        Isi = e.Isi,
        Tautan = e.Tautan,
        PemilikId = e.PemilikId,
    };
}
