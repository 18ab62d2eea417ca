namespace Kinerja.Contracts;

/// <summary>
/// A pegawai became <c>Padan</c> across Dapodik, SI-ASN and Dukcapil, or a field other services use
/// (jenjang, school) changed while padan. Published by DataPegawai.
/// </summary>
public sealed record PegawaiTerverifikasi : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>NIP, 18 digits; null for a non-ASN teacher, who has none.</summary>
    public required string? Nip { get; init; }
    /// <summary>The pegawai's id everywhere (<see cref="IdPegawai"/>): the NIP, or <c>nuptk:</c> and the NUPTK for a non-ASN. Null in messages from before it was added: then <see cref="Nip"/> is the id.</summary>
    public string? PegawaiId { get; init; }
    /// <summary>Name as Dukcapil has it.</summary>
    public required string Nama { get; init; }
    /// <summary>Jenjang jabatan: <c>AhliPertama</c>, <c>AhliMuda</c>, <c>AhliMadya</c> or <c>AhliUtama</c>; empty for non-ASN.</summary>
    public required string Jenjang { get; init; }
    /// <summary><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c>.</summary>
    public required string StatusKepegawaian { get; init; }
    /// <summary>NPSN of the school, 8 digits.</summary>
    public required string Npsn { get; init; }
    /// <summary>Kode wilayah (kabupaten/kota) of the school.</summary>
    public required string Wilayah { get; init; }
}
