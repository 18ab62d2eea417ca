namespace Kinerja.Perencanaan.Tests;

using Kinerja.Testing;

/// <summary>Perencanaan in-process on a fresh database, on 10 January 2026 (inside the planning window) until a test moves the clock.</summary>
public sealed class PerencanaanApi(Infrastructure infra)
    : LayananHilir<Program>(infra, "perencanaan", new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
