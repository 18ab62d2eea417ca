using Kinerja.DataPegawai.Identitas;

namespace Kinerja.DataPegawai.Pemutakhiran;

public enum Sumber { Dapodik, Siasn, Dukcapil }

/// <summary>What a source says about one person: one validated row. <c>Hash</c> makes "unchanged" cheap to see.</summary>
public interface IRekaman
{
    string Hash { get; }
}

/// <summary>Dapodik: the school's view. Authoritative for NPSN, NUPTK, jenis PTK.</summary>
public sealed record RekamanDapodik(
    string Nik, string Nip, string? Nuptk, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin,
    string Npsn, string JenisPtk, string Hash) : IRekaman;

/// <summary>SI-ASN (BKN): authoritative for NIP, status, jabatan, jenjang, golongan, UNOR, instansi.</summary>
public sealed record RekamanSiasn(
    string Nip, string Nik, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin,
    string StatusKepegawaian, string Jabatan, string Jenjang, string Golongan, string Unor, string? NpsnUnor,
    string Instansi, string Wilayah, string Hash) : IRekaman;

/// <summary>Dukcapil (civil registry): authoritative for NIK, nama, tanggal lahir, jenis kelamin, nama ibu kandung.</summary>
public sealed record RekamanDukcapil(
    string Nik, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin, string NamaIbuKandung, string Hash) : IRekaman;
