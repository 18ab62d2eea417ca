namespace Kinerja.Penilaian.Predikat;

public enum PeranPemilik { Guru, KepalaSekolah }

public sealed record PenilaianDibuka(Guid PenilaianId, Guid SkpId, string Nip, int Tahun, string Npsn, string Wilayah, PeranPemilik Peran);

public sealed record SiklusSelesaiDicatat(Guid PenilaianId, Guid SiklusId);

public sealed record Dinilai(Guid PenilaianId, Rating HasilKerja, Rating PerilakuKerja, string UmpanBalik, string PenilaiNip);

/// <summary>Finalised (KoreksiKe 0) or corrected (1, 2, …): everything PredikatKinerjaDitetapkan publishes.</summary>
public sealed record PredikatDitetapkan(Guid PenilaianId, string Nip, string Nama, int Tahun, string Npsn, string Wilayah,
    Rating HasilKerja, Rating PerilakuKerja, PredikatKinerja Predikat, decimal AngkaKredit, decimal Koefisien, int Bulan,
    string PenilaiNip, DateTimeOffset DitetapkanPada, int KoreksiKe, string? Alasan);

/// <summary>The pegawai moved school before finalisation: the new school's principal rates from here.</summary>
public sealed record PenilaianDipindahkan(Guid PenilaianId, string NpsnLama, string NpsnBaru, string Wilayah, DateOnly BerlakuSejak);
