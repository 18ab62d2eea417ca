namespace Kinerja.Kepegawaian.Pegawai;

/// <summary>A service's copy of a padan pegawai (id = NIP), from DataPegawai's events: who may plan, and their jenjang.</summary>
public sealed record PegawaiLokal
{
    public required string Id { get; init; }
    public required string Nama { get; init; }
    public required string Jenjang { get; init; }
    public required string Npsn { get; init; }
    public required string Wilayah { get; init; }
    public required DateTimeOffset DiperbaruiPada { get; init; }
}
