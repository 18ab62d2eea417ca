using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Penilaian.Penilaian;

public enum StatusPenilaian { MenungguSiklus, SiapDinilai, Dinilai, Ditetapkan }

/// <summary>
/// The assessment of one agreed plan (stream id = the plan's id): rated once the cycle is complete,
/// changeable until finalised; after that, only an explicit correction with a reason (domain.md §6).
/// </summary>
public sealed record Penilaian
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public Guid SkpId { get; init; }
    public string Nip { get; init; } = "";
    public int Tahun { get; init; }
    public string Npsn { get; init; } = "";
    public string Wilayah { get; init; } = "";
    public PeranPemilik Peran { get; init; }
    public StatusPenilaian Status { get; init; }
    public Dinilai? Nilai { get; init; }
    public PredikatDitetapkan? Hasil { get; init; }

    public static Penilaian Create(PenilaianDibuka e) => new()
    {
        Id = e.PenilaianId, SkpId = e.SkpId, Nip = e.Nip, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah, Peran = e.Peran,
        Status = StatusPenilaian.MenungguSiklus,
    };

    public Penilaian Apply(SiklusSelesaiDicatat e) => this with { Status = Status == StatusPenilaian.MenungguSiklus ? StatusPenilaian.SiapDinilai : Status };
    public Penilaian Apply(Dinilai e) => this with { Nilai = e, Status = StatusPenilaian.Dinilai };
    public Penilaian Apply(PredikatDitetapkan e) => this with { Hasil = e, Status = StatusPenilaian.Ditetapkan };
    public Penilaian Apply(PenilaianDipindahkan e) => this with { Npsn = e.NpsnBaru, Wilayah = e.Wilayah };

    public IReadOnlyList<object> CatatSiklusSelesai(Guid siklusId) =>
        Status == StatusPenilaian.MenungguSiklus ? [new SiklusSelesaiDicatat(Id, siklusId)] : [];

    public IReadOnlyList<object> BeriNilai(Rating hasilKerja, Rating perilakuKerja, string umpanBalik, string penilaiNip) => Status switch
    {
        StatusPenilaian.MenungguSiklus => throw new KonflikException("Siklus pembinaan (observasi) belum selesai; penilaian belum dapat dilakukan."),
        StatusPenilaian.Ditetapkan => throw new KonflikException("Penilaian sudah ditetapkan; perubahan hanya melalui koreksi."),
        _ => [new Dinilai(Id, hasilKerja, perilakuKerja, umpanBalik, penilaiNip)],
    };

    public IReadOnlyList<object> Tetapkan(string nama, string jenjang, int bulan, string penilaiNip, DateTimeOffset kini) =>
        [Pratinjau(nama, jenjang, bulan, penilaiNip, kini)];

    /// <summary>
    /// What finalising would fix now, from the same computation, with nothing appended: the rater sees the
    /// predikat and angka kredit before deciding to finalise.
    /// </summary>
    public PredikatDitetapkan Pratinjau(string nama, string jenjang, int bulan, string penilaiNip, DateTimeOffset kini) => Status switch
    {
        StatusPenilaian.Dinilai => Hitung(Nilai!.HasilKerja, Nilai.PerilakuKerja, nama, jenjang, bulan, penilaiNip, kini, 0, null),
        StatusPenilaian.Ditetapkan => throw new KonflikException("Penilaian sudah ditetapkan; perubahan hanya melalui koreksi."),
        _ => throw new KonflikException("Belum dinilai: isi nilai hasil kerja dan perilaku kerja dahulu."),
    };

    public IReadOnlyList<object> Koreksi(Rating hasilKerja, Rating perilakuKerja, string alasan, string nama, string jenjang, int bulan,
        string penilaiNip, DateTimeOffset kini) =>
        Status == StatusPenilaian.Ditetapkan
            ? [Hitung(hasilKerja, perilakuKerja, nama, jenjang, bulan, penilaiNip, kini, Hasil!.KoreksiKe + 1, alasan)]
            : throw new KonflikException("Hanya penilaian yang sudah ditetapkan yang dikoreksi; sebelum itu ubah nilainya.");

    private PredikatDitetapkan Hitung(Rating hasilKerja, Rating perilakuKerja, string nama, string jenjang, int bulan, string penilaiNip,
        DateTimeOffset kini, int koreksiKe, string? alasan)
    {
        var predikat = Predikat.Dari(hasilKerja, perilakuKerja);
        var koefisien = Predikat.Koefisien(jenjang) ?? 0m;
        return new PredikatDitetapkan(Id, Nip, nama, Tahun, Npsn, Wilayah, hasilKerja, perilakuKerja, predikat,
            Predikat.AngkaKredit(koefisien, predikat, bulan), koefisien, bulan, penilaiNip, kini, koreksiKe, alasan);
    }
}
