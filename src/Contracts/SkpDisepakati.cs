namespace Kinerja.Contracts;

/// <summary>A pegawai's SKP plan for a period was agreed by the rater. Opens the improvement cycle. Published by Perencanaan.</summary>
public sealed record SkpDisepakati : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Id of the plan.</summary>
    public required Guid SkpId { get; init; }
    /// <summary>NIP of the pegawai; null for a non-ASN teacher.</summary>
    public required string? Nip { get; init; }
    /// <summary>The pegawai's id (<see cref="IdPegawai"/>); null in messages from before it was added, when <see cref="Nip"/> is the id.</summary>
    public string? PegawaiId { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>; null in messages from before it was added.</summary>
    public string? StatusKepegawaian { get; init; }
    /// <summary>Year of the period.</summary>
    public required int Tahun { get; init; }
    /// <summary>NPSN of the pegawai's school when agreed.</summary>
    public required string Npsn { get; init; }
    /// <summary>NIP of the rater who agreed the plan.</summary>
    public required string PenilaiNip { get; init; }
    /// <summary>Code of the chosen praktik-kinerja sub-indicator.</summary>
    public required string PraktikKinerja { get; init; }
    /// <summary>Code of the chosen competency indicator.</summary>
    public required string Kompetensi { get; init; }
    /// <summary>Codes of the chosen BerAKHLAK aspects.</summary>
    public required IReadOnlyList<string> PerilakuKerja { get; init; }
    /// <summary>Whose plan: <c>guru</c>, or <c>kepala-sekolah</c> for a principal's own (rated by a penilai-ks). Added 2026-12; absent in earlier messages.</summary>
    public string? Peran { get; init; }
    /// <summary>Kode wilayah of the pegawai's school when agreed. Added 2026-12; absent in earlier messages.</summary>
    public string? Wilayah { get; init; }
}
