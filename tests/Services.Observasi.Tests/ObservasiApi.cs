namespace Kinerja.Observasi.Tests;

using Kinerja.ServiceDefaults.Messaging;
using Kinerja.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Observasi in-process; plans arrive as SkpDisepakati on the real broker, principals are seeded; the clock starts on 2 February 2026.</summary>
public sealed class ObservasiApi(Infrastructure infra)
    : LayananHilir<Program>(infra, "observasi", new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero))
{
    public async Task<bool> DitanganiAsync(Guid eventId)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<HandledMessage>($"BukaSiklus:{eventId}") is not null;
    }
}
