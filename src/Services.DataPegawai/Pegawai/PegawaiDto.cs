namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Privasi;

public sealed record DisparitasDto(string Kode, JenisDisparitas Jenis, IReadOnlyDictionary<string, string> Nilai, string Keterangan);

/// <summary>
/// What one source says of the person, field by field, so an operator sees the three side by side; NIKs
/// masked like the rest of the DTO when the caller may not see personal data.
/// </summary>
public sealed record RekamanSumberDto(string Sumber, string? Nip, string? Nik, string? Nama, DateOnly? TanggalLahir, JenisKelamin? JenisKelamin,
    string? Npsn, string? Nuptk, string? StatusKepegawaian, string? Jenjang);

/// <summary>
/// A pegawai as the API shows it: each field from the source that is authoritative for it (domain.md §3).
/// <c>PegawaiId</c> is the id routes take (<see cref="Kinerja.Contracts.IdPegawai"/>); <c>Nip</c> is null for a non-ASN teacher.
/// </summary>
public sealed record PegawaiDto(
    string? Nip, string? Nama, string? Nik, DateOnly? TanggalLahir, JenisKelamin? JenisKelamin, string? NamaIbuKandung,
    string? Npsn, string? Wilayah, string? Nuptk, string? JenisPtk,
    string? StatusKepegawaian, string? Jabatan, string? Jenjang, string? Golongan, string? Unor, string? Instansi,
    StatusPadan StatusPadan, IReadOnlyList<DisparitasDto> Disparitas, IReadOnlyList<Penyelesaian> Penyelesaian,
    IReadOnlyList<string> Sumber, IReadOnlyList<RekamanSumberDto> Menurut, string PegawaiId)
{
    /// <param name="lengkap">The caller may see this pegawai's personal data (<see cref="AksesPegawai"/>); else NIKs are masked and the mother's name left out.</param>
    public static PegawaiDto Dari(Pegawai p, bool lengkap)
    {
        string? Nik(string? nik) => lengkap ? nik : DataPribadi.Samarkan(nik);
        var sumber = new List<string>();
        if (p.Dapodik is not null)
        {
            sumber.Add("dapodik");
        }

        if (p.Siasn is not null)
        {
            sumber.Add("siasn");
        }

        if (p.Dukcapil is not null)
        {
            sumber.Add("dukcapil");
        }

        var nonAsn = Kinerja.Contracts.IdPegawai.AdalahNonAsn(p.Id) && p.Siasn is null;
        return new PegawaiDto(
            Kinerja.Contracts.IdPegawai.Nip(p.Id) ?? p.Siasn?.Nip,
            p.Nama,
            Nik(p.Dukcapil?.Nik ?? p.Nik),
            p.Dukcapil?.TanggalLahir ?? p.Siasn?.TanggalLahir ?? p.Dapodik?.TanggalLahir,
            p.Dukcapil?.JenisKelamin ?? p.Siasn?.JenisKelamin ?? p.Dapodik?.JenisKelamin,
            lengkap ? p.Dukcapil?.NamaIbuKandung : null,
            p.Npsn, p.Wilayah, p.Dapodik?.Nuptk, p.Dapodik?.JenisPtk,
            p.Siasn?.StatusKepegawaian ?? (nonAsn ? Kinerja.Contracts.IdPegawai.StatusNonAsn : null), p.Siasn?.Jabatan, p.Siasn?.Jenjang, p.Siasn?.Golongan, p.Siasn?.Unor, p.Siasn?.Instansi,
            p.Status,
            p.Disparitas.Select(d => new DisparitasDto(d.Kode, d.Jenis,
                lengkap ? d.Nilai : d.Nilai.ToDictionary(kv => kv.Key, kv => DataPribadi.IsNik(kv.Value) ? DataPribadi.NikSamaran : kv.Value), d.Keterangan)).ToList(),
            lengkap ? p.Penyelesaian : [],
            sumber,
            Rekaman(p, Nik),
            p.Id);
    }

    private static List<RekamanSumberDto> Rekaman(Pegawai p, Func<string?, string?> nik)
    {
        var menurut = new List<RekamanSumberDto>();
        if (p.Dapodik is { } d)
        {
            menurut.Add(new("dapodik", d.Nip, nik(d.Nik), d.Nama, d.TanggalLahir, d.JenisKelamin, d.Npsn, d.Nuptk, null, null));
        }

        if (p.Siasn is { } s)
        {
            menurut.Add(new("siasn", s.Nip, nik(s.Nik), s.Nama, s.TanggalLahir, s.JenisKelamin, s.NpsnUnor, null, s.StatusKepegawaian, s.Jenjang));
        }

        if (p.Dukcapil is { } c)
        {
            menurut.Add(new("dukcapil", null, nik(c.Nik), c.Nama, c.TanggalLahir, c.JenisKelamin, null, null, null, null));
        }

        return menurut;
    }
}
