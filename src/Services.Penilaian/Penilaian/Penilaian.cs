namespace Kinerja.Penilaian.Penilaian;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Commands;

public enum StatusPenilaian { MenungguSiklus, SiapDinilai, Dinilai, Ditetapkan }

/// <summary>
/// The assessment of one agreed plan (stream id = the plan's id): rated once the cycle is complete,
/// changeable until finalised; after that, only an explicit correction with a reason (domain.md §6).
/// How it evolves is here; each command's decision is in a file of its own (<see cref="Nilai"/>,
/// <see cref="Tetapkan"/>, <see cref="Koreksi"/>, <see cref="BacaHasil"/>), and who may touch it in <see cref="PenilaianAkses"/>.
/// </summary>
public sealed record Penilaian : IVersioned
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public Guid SkpId { get; init; }
    /// <summary>The owner's pegawai id (stored and answered as <c>nip</c>, as before it was named so).</summary>
    [JsonPropertyName("nip")]
    public string PegawaiId { get; init; } = "";
    public int Tahun { get; init; }
    public string Npsn { get; init; } = "";
    public string Wilayah { get; init; } = "";
    public PeranPemilik Peran { get; init; }
    public StatusPenilaian Status { get; init; }
    public Dinilai? Nilai { get; init; }
    public PredikatDitetapkan? Hasil { get; init; }
    /// <summary>Which result the pegawai acknowledged (<see cref="BacaHasil"/>): its <see cref="PredikatDitetapkan.KoreksiKe"/>, or null.</summary>
    public int? DibacaKoreksiKe { get; init; }

    /// <summary>Whose assessment it is, for <see cref="Akses"/>.</summary>
    public Milik Milik() => new(PegawaiId, Npsn, Wilayah, Peran == PeranPemilik.KepalaSekolah);

    /// <summary>The same, as a list reads it (<see cref="DaftarTerlihat"/>).</summary>
    public static readonly Kepemilikan<Penilaian> MilikDalamDaftar = new(x => x.PegawaiId, x => x.Npsn, x => x.Wilayah, x => x.Peran == PeranPemilik.KepalaSekolah);

    public static Penilaian Create(PenilaianDibuka e) => new()
    {
        Id = e.PenilaianId, SkpId = e.SkpId, PegawaiId = e.PegawaiId, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah, Peran = e.Peran,
        Status = StatusPenilaian.MenungguSiklus,
    };

    public Penilaian Apply(SiklusSelesaiDicatat e) => this with { Status = Status == StatusPenilaian.MenungguSiklus ? StatusPenilaian.SiapDinilai : Status };
    public Penilaian Apply(Dinilai e) => this with { Nilai = e, Status = StatusPenilaian.Dinilai };
    public Penilaian Apply(PredikatDitetapkan e) => this with { Hasil = e, Status = StatusPenilaian.Ditetapkan };
    public Penilaian Apply(HasilDibaca e) => this with { DibacaKoreksiKe = e.KoreksiKe };
    public Penilaian Apply(PenilaianDipindahkan e) => this with { Npsn = e.NpsnBaru, Wilayah = e.Wilayah };

    public IReadOnlyList<object> CatatSiklusSelesai(Guid siklusId) =>
        Status == StatusPenilaian.MenungguSiklus ? [new SiklusSelesaiDicatat(Id, siklusId)] : [];

    /// <summary>
    /// The result of two ratings for this pegawai: predikat from the matrix, angka kredit from the jenjang. Without a
    /// jenjang (a non-ASN teacher) there is no angka kredit: null, not 0.
    /// </summary>
    public PredikatDitetapkan Hitung(Rating hasilKerja, Rating perilakuKerja, PegawaiLokal pegawai, int bulan, string penilaiNip,
        DateTimeOffset kini, int koreksiKe, string? alasan)
    {
        var predikat = MatriksPredikat.Dari(hasilKerja, perilakuKerja);
        var koefisien = MatriksPredikat.Koefisien(pegawai.Jenjang);
        return new PredikatDitetapkan(Id, PegawaiId, pegawai.Nama, Tahun, Npsn, Wilayah, hasilKerja, perilakuKerja, predikat,
            koefisien is { } k ? MatriksPredikat.AngkaKredit(k, predikat, bulan) : null, koefisien, bulan, penilaiNip, kini, koreksiKe, alasan,
            pegawai.StatusKepegawaian, pegawai.Nip);
    }
}
