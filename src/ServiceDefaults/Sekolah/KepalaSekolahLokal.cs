namespace Kinerja.ServiceDefaults.Sekolah;

/// <summary>
/// This service's own copy of who heads a school (id = NPSN), kept from <c>KepalaSekolahDitugaskan</c>.
/// Perencanaan, Observasi and Penilaian decide from it who may approve, observe and rate, without
/// calling DataPegawai.
/// </summary>
public sealed record KepalaSekolahLokal
{
    public required string Id { get; init; }
    public required string Nip { get; init; }
    public required bool Plt { get; init; }
    public required DateOnly BerlakuSejak { get; init; }
    public required string Wilayah { get; init; }
    /// <summary>When DataPegawai committed the assignment; an older one arriving late must not win.</summary>
    public required DateTimeOffset DitugaskanPada { get; init; }
}
