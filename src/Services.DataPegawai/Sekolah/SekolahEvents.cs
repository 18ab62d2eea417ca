namespace Kinerja.DataPegawai.Sekolah;

using System.Text.Json.Serialization;

public sealed record SekolahDidaftarkan(string Npsn, string Nama, string Wilayah);

public sealed record SekolahDiperbarui(string Npsn, string Nama, string Wilayah);

public sealed record KepalaSekolahDitugaskan(string Npsn, [property: JsonPropertyName("nip")] string PegawaiId, bool Plt, DateOnly BerlakuSejak, string Wilayah);

/// <summary>The operator assigned the school's penilai-ks (the pengawas who rates its principal) from a date.</summary>
public sealed record PenilaiKsDitugaskan(string Npsn, [property: JsonPropertyName("penilaiNip")] string PenilaiId, DateOnly BerlakuSejak, string Wilayah);
