namespace Kinerja.DataPegawai.Pemutakhiran;

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
public sealed record PegawaiTerverifikasi(string Nip, string Nama, string Jenjang, string StatusKepegawaian, string Npsn, string Wilayah);

public sealed record PegawaiDimutasi(string Nip, string NpsnLama, string NpsnBaru, DateOnly BerlakuSejak);
