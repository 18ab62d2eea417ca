namespace Kinerja.Contracts;

/// <summary>The five-step improvement cycle of a plan is complete (refleksi acknowledged); rating may start. Published by Observasi.</summary>
public sealed record SiklusSelesai : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Id of the cycle.</summary>
    public required Guid SiklusId { get; init; }
    /// <summary>Id of the agreed plan the cycle belongs to.</summary>
    public required Guid SkpId { get; init; }
    /// <summary>NIP of the pegawai; null for a non-ASN teacher.</summary>
    public required string? Nip { get; init; }
    /// <summary>The pegawai's id (<see cref="IdPegawai"/>); null in messages from before it was added, when <see cref="Nip"/> is the id.</summary>
    public string? PegawaiId { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>; null in messages from before it was added.</summary>
    public string? StatusKepegawaian { get; init; }
    /// <summary>Year of the period.</summary>
    public required int Tahun { get; init; }
    /// <summary>The observation rubric: one level per focus behaviour.</summary>
    public required IReadOnlyList<RingkasanRubrik> RingkasanRubrik { get; init; }
}

/// <summary>One focus behaviour and the level observed.</summary>
/// <param name="PerilakuFokus">Code of the focus behaviour.</param>
/// <param name="Level"><c>BelumDilakukan</c>, <c>DilakukanBelumEfektif</c> or <c>DilakukanEfektif</c>.</param>
public sealed record RingkasanRubrik(string PerilakuFokus, string Level);
