namespace Kinerja.ServiceDefaults.Messaging;

using Marten;
using Microsoft.Extensions.DependencyInjection;

public static class RelayExtensions
{
    /// <summary>Publishes the service's committed events, translated by <typeparamref name="TMap"/>, through the relay.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddIntegrationRelay<TMap>(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
        where TMap : class, IIntegrationEventMap
    {
        marten.Services.AddSingleton<IIntegrationEventMap, TMap>();
        marten.Services.AddHostedService<PengawasRelay>();
        return marten.AddSubscriptionWithServices<IntegrationRelay>(ServiceLifetime.Singleton);
    }
}
