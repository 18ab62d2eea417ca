namespace Kinerja.Kepegawaian.Sekolah;

using System.Text.Json.Serialization;

/// <summary>
/// This service's own copy of which penilai-ks the operator assigned a school (id = NPSN), kept from
/// <c>PenilaiKepalaSekolahDitugaskan</c>: they rate its principal, and a Plt's own plan.
/// </summary>
public sealed record PenilaiSekolahLokal
{
    public required string Id { get; init; }
    [JsonPropertyName("nip")]
    public required string PegawaiId { get; init; }
    public required DateOnly BerlakuSejak { get; init; }
    public required string Wilayah { get; init; }
    /// <summary>When DataPegawai committed the assignment; an older one arriving late must not win.</summary>
    public required DateTimeOffset DitugaskanPada { get; init; }

    /// <summary>Who was assigned before: still the rater until <see cref="BerlakuSejak"/> of the new one.</summary>
    public PenugasanPenilai? Sebelumnya { get; init; }

    /// <summary>Who rates the school's principal on this date.</summary>
    public string? PegawaiIdPada(DateOnly tanggal) => BerlakuSejak <= tanggal ? PegawaiId : Sebelumnya?.PegawaiId;
}

public sealed record PenugasanPenilai([property: JsonPropertyName("nip")] string PegawaiId, DateOnly BerlakuSejak);
