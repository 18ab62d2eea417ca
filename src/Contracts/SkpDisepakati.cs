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
    /// <summary>The agreed RHK (seed 003: rencana hasil kerja, indikator, target; aspek for a teacher, perspektif for a principal). Added 2026-12; absent in earlier messages.</summary>
    public IReadOnlyList<RhkDisepakati>? HasilKerja { get; init; }
    /// <summary>The rater's ekspektasi khusus, keyed by BerAKHLAK aspect code, where written. Added 2026-12; absent in earlier messages.</summary>
    public IReadOnlyDictionary<string, string>? EkspektasiKhusus { get; init; }
}

/// <summary>One RHK of an agreed plan.</summary>
/// <param name="Kode">The catalog's RHK code (<c>RHK-G-…</c>, <c>RHK-KS-…</c>).</param>
/// <param name="Indikator">The indikator kinerja individu, as written.</param>
/// <param name="Target">The target, as written.</param>
/// <param name="Aspek">A teacher's: <c>KUANTITAS</c>, <c>KUALITAS</c>, <c>WAKTU</c> or <c>BIAYA</c>; null where not given.</param>
/// <param name="Perspektif">A principal's: <c>PENERIMA-LAYANAN</c>, <c>PROSES-BISNIS</c>, <c>PENGUATAN-INTERNAL</c> or <c>ANGGARAN</c>; null where not given.</param>
/// <param name="IntervensiSkpId">A teacher's: the principal's plan whose RHK it intervenes (the cascade).</param>
/// <param name="IntervensiKode">A teacher's: that RHK's code.</param>
public sealed record RhkDisepakati(string Kode, string Indikator, string Target, string? Aspek, string? Perspektif, Guid? IntervensiSkpId,
    string? IntervensiKode);
