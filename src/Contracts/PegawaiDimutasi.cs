namespace Kinerja.Contracts;

/// <summary>A padan pegawai moved to another school; the new school's principal rates from then on. Published by DataPegawai.</summary>
public sealed record PegawaiDimutasi : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>NIP of the pegawai; null for a non-ASN teacher.</summary>
    public required string? Nip { get; init; }
    /// <summary>The pegawai's id (<see cref="IdPegawai"/>); null in messages from before it was added, when <see cref="Nip"/> is the id.</summary>
    public string? PegawaiId { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>; null in messages from before it was added.</summary>
    public string? StatusKepegawaian { get; init; }
    /// <summary>NPSN of the school left.</summary>
    public required string NpsnLama { get; init; }
    /// <summary>NPSN of the school joined.</summary>
    public required string NpsnBaru { get; init; }
    /// <summary>First day at the new school.</summary>
    public required DateOnly BerlakuSejak { get; init; }
}
