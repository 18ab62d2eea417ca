namespace Kinerja.Contracts;

/// <summary>
/// A pegawai's predikat kinerja for a period was finalised (<see cref="KoreksiKe"/> = 0) or corrected
/// (1, 2, …: the latest replaces the earlier ones). The system's main output, for regional systems
/// and e-Kinerja. Published by Penilaian.
/// </summary>
public sealed record PredikatKinerjaDitetapkan : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Id of the assessment.</summary>
    public required Guid PenilaianId { get; init; }
    /// <summary>NIP of the pegawai; null for a non-ASN teacher.</summary>
    public required string? Nip { get; init; }
    /// <summary>The pegawai's id (<see cref="IdPegawai"/>); null in messages from before it was added, when <see cref="Nip"/> is the id.</summary>
    public string? PegawaiId { get; init; }
    /// <summary>Name of the pegawai.</summary>
    public required string Nama { get; init; }
    /// <summary>Year of the period.</summary>
    public required int Tahun { get; init; }
    /// <summary>NPSN of the school.</summary>
    public required string Npsn { get; init; }
    /// <summary>Kode wilayah of the school.</summary>
    public required string Wilayah { get; init; }
    /// <summary><c>DiAtasEkspektasi</c>, <c>SesuaiEkspektasi</c> or <c>DiBawahEkspektasi</c>.</summary>
    public required string HasilKerja { get; init; }
    /// <summary><c>DiAtasEkspektasi</c>, <c>SesuaiEkspektasi</c> or <c>DiBawahEkspektasi</c>.</summary>
    public required string PerilakuKerja { get; init; }
    /// <summary><c>SangatBaik</c>, <c>Baik</c>, <c>ButuhPerbaikan</c>, <c>KurangMisconduct</c> or <c>SangatKurang</c>.</summary>
    public required string Predikat { get; init; }
    /// <summary>Credit points for the period: koefisien × predikat percentage × months / 12; null for a non-ASN teacher (no jenjang).</summary>
    public required decimal? AngkaKredit { get; init; }
    /// <summary>Annual coefficient of the pegawai's jenjang; null without one.</summary>
    public required decimal? Koefisien { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>, so regions tell their teachers apart; null in messages from before it was added.</summary>
    public string? StatusKepegawaian { get; init; }
    /// <summary>NIP of the rater who finalised.</summary>
    public required string PenilaiNip { get; init; }
    /// <summary>When finalised (or corrected).</summary>
    public required DateTimeOffset DitetapkanPada { get; init; }
    /// <summary>0 for the first finalisation, then 1, 2, … for each correction.</summary>
    public required int KoreksiKe { get; init; }
}
