namespace Kinerja.DataPegawai.Pegawai;

/// <summary>What Dapodik now says about this person; <c>Wilayah</c> is that of the school it names.</summary>
public sealed record DataDapodikDiterima(string Nip, RekamanDapodik Data, string Wilayah);

public sealed record DataSiasnDiterima(string Nip, RekamanSiasn Data);

public sealed record DataDukcapilDiterima(string Nip, RekamanDukcapil Data);

/// <summary>The reconciliation result changed: the disparitas still open after the operator's resolutions.</summary>
public sealed record PemadananDihitung(string Nip, StatusPadan Status, IReadOnlyList<Disparitas> Disparitas);

public sealed record DisparitasDiselesaikan(string Nip, Penyelesaian Penyelesaian);

/// <summary>A resolution no longer applies: the sources now agree, or disagree differently.</summary>
public sealed record PenyelesaianGugur(string Nip, string Kode, string Sebab);

/// <summary>Padan, with the fields other services rely on; appended again when one of them changes.</summary>
/// <param name="Nip">The pegawai id, the stream's key (<see cref="Kinerja.Contracts.IdPegawai"/>).</param>
/// <param name="NipAsn">The NIP: an ASN's id, or the one a non-ASN teacher gained on becoming PPPK (their id stays); null for a
/// non-ASN, and in events stored before it was recorded (then <paramref name="Nip"/> is it, unless non-ASN).</param>
public sealed record PegawaiTerverifikasi(string Nip, string Nama, string Jenjang, string StatusKepegawaian, string Npsn, string Wilayah,
    string? NipAsn = null);

public sealed record PegawaiDimutasi(string Nip, string NpsnLama, string NpsnBaru, DateOnly BerlakuSejak, string? NipAsn = null,
    string? StatusKepegawaian = null);
