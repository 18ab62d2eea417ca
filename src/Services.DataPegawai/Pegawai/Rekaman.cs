namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Identitas;

public enum Sumber { Dapodik, Siasn, Dukcapil }

/// <summary>What a source says about one person: one validated row. <c>Hash</c> makes "unchanged" cheap to see (<see cref="Impor.SidikBaris"/>).</summary>
public interface IRekaman
{
    string Hash { get; }

    /// <summary>The row's fields in the order its fingerprint is taken over.</summary>
    object?[] Bidang();
}

/// <summary>Dapodik: the school's view. Authoritative for NPSN, NUPTK, jenis PTK. <c>Nip</c> is empty for a non-ASN teacher.</summary>
public sealed record RekamanDapodik(
    string Nik, string Nip, string? Nuptk, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin,
    string Npsn, string JenisPtk, string Hash) : IRekaman
{
    /// <summary>Without a NIP the row is a non-ASN teacher's, known by NUPTK (a row has one or the other).</summary>
    public bool NonAsn => Nip.Length == 0;

    /// <summary>The stream this row belongs to (<see cref="Kinerja.Contracts.IdPegawai"/>).</summary>
    public string IdPegawai => NonAsn ? Kinerja.Contracts.IdPegawai.NonAsn(Nuptk!) : Nip;

    public object?[] Bidang() => [Nik, Nip, Nuptk, Nama, TanggalLahir, JenisKelamin, Npsn, JenisPtk];
}

/// <summary>SI-ASN (BKN): authoritative for NIP, status, jabatan, jenjang, golongan, UNOR, instansi.</summary>
public sealed record RekamanSiasn(
    string Nip, string Nik, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin,
    string StatusKepegawaian, string Jabatan, string Jenjang, string Golongan, string Unor, string? NpsnUnor,
    string Instansi, string Wilayah, string Hash) : IRekaman
{
    public object?[] Bidang() => [Nip, Nik, Nama, TanggalLahir, JenisKelamin, StatusKepegawaian, Jabatan, Jenjang, Golongan, Unor, NpsnUnor, Instansi, Wilayah];
}

/// <summary>Dukcapil (civil registry): authoritative for NIK, nama, tanggal lahir, jenis kelamin, nama ibu kandung.</summary>
public sealed record RekamanDukcapil(
    string Nik, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin, string NamaIbuKandung, string Hash) : IRekaman
{
    public object?[] Bidang() => [Nik, Nama, TanggalLahir, JenisKelamin, NamaIbuKandung];
}
