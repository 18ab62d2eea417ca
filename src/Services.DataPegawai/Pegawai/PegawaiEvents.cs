namespace Kinerja.DataPegawai.Pegawai;

using System.Text.Json.Serialization;

/// <summary>What Dapodik now says about this person; <c>Wilayah</c> is that of the school it names.</summary>
public sealed record DataDapodikDiterima([property: JsonPropertyName("nip")] string PegawaiId, RekamanDapodik Data, string Wilayah);

public sealed record DataSiasnDiterima([property: JsonPropertyName("nip")] string PegawaiId, RekamanSiasn Data);

public sealed record DataDukcapilDiterima([property: JsonPropertyName("nip")] string PegawaiId, RekamanDukcapil Data);

/// <summary>The reconciliation result changed: the disparitas still open after the operator's resolutions.</summary>
public sealed record PemadananDihitung([property: JsonPropertyName("nip")] string PegawaiId, StatusPadan Status, IReadOnlyList<Disparitas> Disparitas);

public sealed record DisparitasDiselesaikan([property: JsonPropertyName("nip")] string PegawaiId, Penyelesaian Penyelesaian);

/// <summary>A resolution no longer applies: the sources now agree, or disagree differently.</summary>
public sealed record PenyelesaianGugur([property: JsonPropertyName("nip")] string PegawaiId, string Kode, string Sebab);

/// <summary>Padan, with the fields other services rely on; appended again when one of them changes.</summary>
/// <param name="PegawaiId">The pegawai id, the stream's key (<see cref="Kinerja.Contracts.IdPegawai"/>).</param>
/// <param name="NipAsn">The NIP: an ASN's id, or the one a non-ASN teacher gained on becoming PPPK (their id stays); null for a
/// non-ASN, and in events stored before it was recorded (then <paramref name="PegawaiId"/> is it, unless non-ASN).</param>
public sealed record PegawaiTerverifikasi([property: JsonPropertyName("nip")] string PegawaiId, string Nama, string Jenjang, string StatusKepegawaian, string Npsn, string Wilayah,
    string? NipAsn = null);

public sealed record PegawaiDimutasi([property: JsonPropertyName("nip")] string PegawaiId, string NpsnLama, string NpsnBaru, DateOnly BerlakuSejak, string? NipAsn = null,
    string? StatusKepegawaian = null);
