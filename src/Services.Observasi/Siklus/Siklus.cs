namespace Kinerja.Observasi.Siklus;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// The improvement cycle of one agreed plan (stream id = the plan's id): steps A–E strictly in order,
/// each by its actor (domain.md §5). How it evolves and whose step is due are here; each step's decision
/// is in a file of its own (<see cref="Persiapan"/>, <see cref="KonfirmasiJadwal"/>, <see cref="Observasikan"/>,
/// <see cref="DiskusiTindakLanjut"/>, <see cref="UpayaTindakLanjut"/>, <see cref="Refleksi"/>, <see cref="KonfirmasiRefleksi"/>, <see cref="BacaCatatan"/>).
/// </summary>
public sealed record Siklus : IVersioned
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public Guid SkpId { get; init; }
    /// <summary>The owner's pegawai id (stored and answered as <c>nip</c>, as before it was named so).</summary>
    [JsonPropertyName("nip")]
    public string PegawaiId { get; init; } = "";
    /// <summary>As the agreement said (<see cref="SiklusDibuka.NipAsn"/>).</summary>
    public string? NipAsn { get; init; }
    public string? StatusKepegawaian { get; init; }
    public int Tahun { get; init; }
    public string Npsn { get; init; } = "";
    public string Wilayah { get; init; } = "";
    public string PraktikKinerja { get; init; } = "";
    public PeranPemilik Peran { get; init; }
    [JsonPropertyName("penilaiNip")]
    public string PenilaiId { get; init; } = "";
    public Tahap Tahap { get; init; }
    public IReadOnlyList<PerilakuTarget> PerilakuFokus { get; init; } = [];
    public PersiapanDisusun? Persiapan { get; init; }
    public ObservasiDilakukan? Observasi { get; init; }
    public DiskusiTindakLanjutDicatat? DiskusiTindakLanjut { get; init; }
    public UpayaTindakLanjutDicatat? UpayaTindakLanjut { get; init; }
    public RefleksiDisusun? Refleksi { get; init; }
    /// <summary>The observation times replaced by <see cref="JadwalDiubah"/>, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> JadwalSebelumnya { get; init; } = [];

    /// <summary>The teacher acknowledged the observation record (<see cref="BacaCatatan"/>).</summary>
    public bool Dibaca { get; init; }

    /// <summary>Who must act next: the teacher or the rater (the principal's view of who waits on whom).</summary>
    public string Menunggu => Tahap == Tahap.Selesai ? "-" : Oleh(Tahap) == Pelaku.Pemilik ? "Guru" : "Penilai";

    /// <summary>Whose step each is (domain.md §5): the teacher prepares, follows up and reflects; the rater does the rest.</summary>
    public static Pelaku Oleh(Tahap tahap) =>
        tahap is Tahap.Persiapan or Tahap.UpayaTindakLanjut or Tahap.Refleksi ? Pelaku.Pemilik : Pelaku.Penilai;

    /// <summary>Whose cycle it is, for <see cref="Akses"/>.</summary>
    public Milik Milik() => new(PegawaiId, Npsn, Wilayah, Peran == PeranPemilik.KepalaSekolah);

    /// <summary>The same, as a list reads it (<see cref="DaftarTerlihat"/>).</summary>
    public static readonly Kepemilikan<Siklus> MilikDalamDaftar = new(x => x.PegawaiId, x => x.Npsn, x => x.Wilayah, x => x.Peran == PeranPemilik.KepalaSekolah);

    public static Siklus Create(SiklusDibuka e) => new()
    {
        Id = e.SiklusId, SkpId = e.SkpId, PegawaiId = e.PegawaiId, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah,
        PraktikKinerja = e.PraktikKinerja, Peran = e.Peran, PerilakuFokus = e.PerilakuFokus, PenilaiId = e.PenilaiId, Tahap = Tahap.Persiapan,
        NipAsn = e.NipAsn, StatusKepegawaian = e.StatusKepegawaian,
    };

    public Siklus Apply(PersiapanDisusun e) => this with
    {
        Persiapan = e,
        Tahap = Tahap.KonfirmasiJadwal,
        PerilakuFokus = PerilakuFokus.Count > 0 ? PerilakuFokus : e.Target,
    };

    public Siklus Apply(JadwalDikonfirmasi e) => this with { Tahap = Tahap.Observasi };

    /// <summary>Another time proposed: the rater confirms it again before the observation opens.</summary>
    public Siklus Apply(JadwalDiubah e) => this with
    {
        Persiapan = Persiapan! with { Jadwal = e.JadwalBaru },
        JadwalSebelumnya = [.. JadwalSebelumnya, e.JadwalLama],
        Tahap = Tahap.KonfirmasiJadwal,
    };
    public Siklus Apply(ObservasiDilakukan e) => this with { Observasi = e, Tahap = Tahap.DiskusiTindakLanjut };
    public Siklus Apply(DiskusiTindakLanjutDicatat e) => this with { DiskusiTindakLanjut = e, Tahap = Tahap.UpayaTindakLanjut };
    public Siklus Apply(UpayaTindakLanjutDicatat e) => this with { UpayaTindakLanjut = e, Tahap = Tahap.Refleksi };
    public Siklus Apply(RefleksiDisusun e) => this with { Refleksi = e, Tahap = Tahap.KonfirmasiRefleksi };
    public Siklus Apply(RefleksiDikonfirmasi e) => this with { Tahap = Tahap.Selesai };
    public Siklus Apply(CatatanObservasiDibaca e) => this with { Dibaca = true };
    public Siklus Apply(SiklusDipindahkan e) => this with { Npsn = e.NpsnBaru, Wilayah = e.Wilayah };

    /// <summary>
    /// Refuses a step by the wrong actor (403: this step is never theirs), then a step that is not the one
    /// due (409, naming the one that is).
    /// </summary>
    public void Wajib(Tahap tahap, Pelaku pelaku)
    {
        var oleh = Oleh(tahap);
        if (pelaku != oleh)
        {
            throw new TerlarangException($"Langkah {tahap} dilakukan oleh {(oleh == Pelaku.Pemilik ? "guru pemilik siklus" : "penilai")}.");
        }

        if (Tahap != tahap)
        {
            throw new KonflikException(Tahap == Tahap.Selesai
                ? "Siklus sudah selesai."
                : $"Langkah ini belum atau tidak lagi dapat dilakukan; langkah yang sedang ditunggu: {Tahap} (oleh {Menunggu}).");
        }
    }
}
