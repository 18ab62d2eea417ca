namespace Kinerja.DataPegawai.Sekolah;

public sealed record SekolahDidaftarkan(string Npsn, string Nama, string Wilayah);

public sealed record SekolahDiperbarui(string Npsn, string Nama, string Wilayah);

public sealed record KepalaSekolahDitugaskan(string Npsn, string Nip, bool Plt, DateOnly BerlakuSejak, string Wilayah);
