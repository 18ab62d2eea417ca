namespace Kinerja.Kepegawaian.Sekolah;

using System.Text.Json.Serialization;

/// <summary>
/// This service's own copy of who heads a school (id = NPSN), kept from <c>KepalaSekolahDitugaskan</c>.
/// Perencanaan, Observasi and Penilaian decide from it who may approve, observe and rate, without
/// calling DataPegawai.
/// </summary>
public sealed record KepalaSekolahLokal
{
    public required string Id { get; init; }
    /// <summary>The head's pegawai id (stored as <c>nip</c>, as before it was named so).</summary>
    [JsonPropertyName("nip")]
    public required string PegawaiId { get; init; }
    public required bool Plt { get; init; }
    public required DateOnly BerlakuSejak { get; init; }
    public required string Wilayah { get; init; }
    /// <summary>When DataPegawai committed the assignment; an older one arriving late must not win.</summary>
    public required DateTimeOffset DitugaskanPada { get; init; }

    /// <summary>Who headed the school before: still the rater until <see cref="BerlakuSejak"/> of the new one.</summary>
    public PenugasanKepala? Sebelumnya { get; init; }

    /// <summary>The assignment in force on this date: one that starts later is not yet in force.</summary>
    public PenugasanKepala? Pada(DateOnly tanggal) => BerlakuSejak <= tanggal ? new PenugasanKepala(PegawaiId, Plt, BerlakuSejak) : Sebelumnya;

    /// <summary>Who heads the school on this date.</summary>
    public string? PegawaiIdPada(DateOnly tanggal) => Pada(tanggal)?.PegawaiId;
}

public sealed record PenugasanKepala([property: JsonPropertyName("nip")] string PegawaiId, bool Plt, DateOnly BerlakuSejak);
