namespace Kinerja.Contracts;

/// <summary>
/// A penilai-ks (in practice a pengawas sekolah in the Kepala Dinas's tim kerja) was assigned a school: from
/// <see cref="BerlakuSejak"/> on they approve, observe and rate its principal, and the own plan of a Plt heading it.
/// Published by DataPegawai. Added 2026-12.
/// </summary>
public sealed record PenilaiKepalaSekolahDitugaskan : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>NPSN of the school, 8 digits.</summary>
    public required string Npsn { get; init; }
    /// <summary>NIP of the penilai-ks.</summary>
    public required string PenilaiNip { get; init; }
    /// <summary>First day of the assignment; the one before it rates until then.</summary>
    public required DateOnly BerlakuSejak { get; init; }
    /// <summary>Kode wilayah of the school.</summary>
    public required string Wilayah { get; init; }
}
