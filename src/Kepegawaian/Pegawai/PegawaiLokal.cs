namespace Kinerja.Kepegawaian.Pegawai;

/// <summary>A service's copy of a padan pegawai (id = <see cref="Kinerja.Contracts.IdPegawai"/>), from DataPegawai's events: who may plan, and their jenjang.</summary>
public sealed record PegawaiLokal
{
    public required string Id { get; init; }
    /// <summary>Null for a non-ASN teacher, and in copies made before it was kept (then <see cref="Id"/> is the NIP).</summary>
    public string? Nip { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>; null in copies made before it was kept.</summary>
    public string? StatusKepegawaian { get; init; }
    public required string Nama { get; init; }
    public required string Jenjang { get; init; }
    public required string Npsn { get; init; }
    public required string Wilayah { get; init; }
    public required DateTimeOffset DiperbaruiPada { get; init; }
}
