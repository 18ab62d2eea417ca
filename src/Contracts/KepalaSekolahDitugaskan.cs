namespace Kinerja.Contracts;

/// <summary>
/// Someone was assigned to head a school: from <see cref="BerlakuSejak"/> on they approve, observe and
/// rate its teachers. Published by DataPegawai.
/// </summary>
public sealed record KepalaSekolahDitugaskan : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>NPSN of the school, 8 digits.</summary>
    public required string Npsn { get; init; }
    /// <summary>NIP of the principal.</summary>
    public required string Nip { get; init; }
    /// <summary>True for a Plt (a teacher acting as principal): they agree and rate the teachers as a principal does, and keep their own teacher plan, rated by the school's penilai-ks.</summary>
    public required bool Plt { get; init; }
    /// <summary>First day of the assignment.</summary>
    public required DateOnly BerlakuSejak { get; init; }
    /// <summary>Kode wilayah of the school, so consumers know whose penilai-ks rates this principal.</summary>
    public required string Wilayah { get; init; }
}
