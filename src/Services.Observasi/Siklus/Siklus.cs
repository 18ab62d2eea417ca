using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Observasi.Siklus;

public enum Pelaku { Guru, Penilai }

/// <summary>
/// The improvement cycle of one agreed plan (stream id = the plan's id): steps A–E strictly in order,
/// each by its actor (domain.md §5). The observation cannot happen before the agreed date.
/// </summary>
public sealed record Siklus
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public Guid SkpId { get; init; }
    public string Nip { get; init; } = "";
    public int Tahun { get; init; }
    public string Npsn { get; init; } = "";
    public string Wilayah { get; init; } = "";
    public string PraktikKinerja { get; init; } = "";
    public PeranPemilik Peran { get; init; }
    public string PenilaiNip { get; init; } = "";
    public Tahap Tahap { get; init; }
    public IReadOnlyList<PerilakuTarget> PerilakuFokus { get; init; } = [];
    public PersiapanDisusun? Persiapan { get; init; }
    public ObservasiDilakukan? Observasi { get; init; }
    public DiskusiTindakLanjutDicatat? DiskusiTindakLanjut { get; init; }
    public UpayaTindakLanjutDicatat? UpayaTindakLanjut { get; init; }
    public RefleksiDisusun? Refleksi { get; init; }

    /// <summary>Who must act next: the teacher or the rater (the principal's view of who waits on whom).</summary>
    public string Menunggu => Tahap switch
    {
        Tahap.Persiapan or Tahap.UpayaTindakLanjut or Tahap.Refleksi => "Guru",
        Tahap.Selesai => "-",
        _ => "Penilai",
    };

    public static Siklus Create(SiklusDibuka e) => new()
    {
        Id = e.SiklusId, SkpId = e.SkpId, Nip = e.Nip, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah,
        PraktikKinerja = e.PraktikKinerja, Peran = e.Peran, PerilakuFokus = e.PerilakuFokus, PenilaiNip = e.PenilaiNip, Tahap = Tahap.Persiapan,
    };

    public Siklus Apply(PersiapanDisusun e) => this with
    {
        Persiapan = e, Tahap = Tahap.KonfirmasiJadwal, PerilakuFokus = PerilakuFokus.Count > 0 ? PerilakuFokus : e.Target,
    };

    public Siklus Apply(JadwalDikonfirmasi e) => this with { Tahap = Tahap.Observasi };
    public Siklus Apply(ObservasiDilakukan e) => this with { Observasi = e, Tahap = Tahap.DiskusiTindakLanjut };
    public Siklus Apply(DiskusiTindakLanjutDicatat e) => this with { DiskusiTindakLanjut = e, Tahap = Tahap.UpayaTindakLanjut };
    public Siklus Apply(UpayaTindakLanjutDicatat e) => this with { UpayaTindakLanjut = e, Tahap = Tahap.Refleksi };
    public Siklus Apply(RefleksiDisusun e) => this with { Refleksi = e, Tahap = Tahap.KonfirmasiRefleksi };
    public Siklus Apply(RefleksiDikonfirmasi e) => this with { Tahap = Tahap.Selesai };
    public Siklus Apply(SiklusDipindahkan e) => this with { Npsn = e.NpsnBaru, Wilayah = e.Wilayah };

    /// <summary>
    /// Refuses a step by the wrong actor (403: this step is never theirs), then a step that is not the one
    /// due (409, naming the one that is).
    /// </summary>
    public void Wajib(Tahap tahap, Pelaku pelaku, Pelaku oleh)
    {
        if (pelaku != oleh)
        {
            throw new TerlarangException($"Langkah {tahap} dilakukan oleh {(oleh == Pelaku.Guru ? "guru pemilik siklus" : "penilai")}.");
        }

        if (Tahap != tahap)
        {
            throw new KonflikException(Tahap == Tahap.Selesai
                ? "Siklus sudah selesai."
                : $"Langkah ini belum atau tidak lagi dapat dilakukan; langkah yang sedang ditunggu: {Tahap} (oleh {Menunggu}).");
        }
    }

    public object SusunPersiapan(Pelaku pelaku, IReadOnlyList<string> target, string upaya, DateTimeOffset jadwal, DateTimeOffset kini)
    {
        Wajib(Tahap.Persiapan, pelaku, Pelaku.Guru);
        if (jadwal <= kini)
        {
            throw new ValidasiException("jadwal", "Jadwal observasi harus di masa depan.");
        }

        IReadOnlyList<PerilakuTarget> dipilih;
        if (PerilakuFokus.Count > 0)
        {
            var asing = target.Where(t => PerilakuFokus.All(p => p.Kode != t)).ToList();
            if (asing.Count > 0)
            {
                throw new ValidasiException("target", $"Bukan perilaku fokus sub-indikator ini: {string.Join(", ", asing)}; pilih dari {string.Join(", ", PerilakuFokus.Select(p => p.Kode))}.");
            }

            dipilih = PerilakuFokus.Where(p => target.Contains(p.Kode)).ToList();
        }
        else
        {
            // no focus behaviours configured for this sub-indicator: the teacher's targets become them
            dipilih = target.Select((t, i) => new PerilakuTarget($"T{i + 1}", t)).ToList();
        }

        return new PersiapanDisusun(Id, dipilih, upaya, jadwal);
    }

    public object Observasikan(Pelaku pelaku, string penilaiNip, IReadOnlyList<NilaiRubrik> rubrik, string rekomendasi, DateTimeOffset kini)
    {
        Wajib(Tahap.Observasi, pelaku, Pelaku.Penilai);
        if (kini < Persiapan!.Jadwal)
        {
            throw new KonflikException($"Observasi belum dapat dilakukan sebelum jadwal yang disepakati ({Persiapan.Jadwal:yyyy-MM-dd HH:mm} UTC).");
        }

        var harus = PerilakuFokus.Select(p => p.Kode).Order().ToList();
        var v = new Validasi();
        for (var i = 0; i < rubrik.Count; i++)
        {
            if (!harus.Contains(rubrik[i].Perilaku))
            {
                v.Tambah($"rubrik[{i}].perilaku", $"Bukan perilaku fokus siklus ini; pilih dari {string.Join(", ", harus)}.");
            }
        }

        if (v.Valid && !harus.SequenceEqual(rubrik.Select(r => r.Perilaku).Order()))
        {
            v.Tambah("rubrik", $"Isi tepat satu level untuk setiap perilaku fokus: {string.Join(", ", harus)}.");
        }

        v.LemparJikaAda();

        return new ObservasiDilakukan(Id, rubrik, rekomendasi, penilaiNip);
    }

    public object CatatDiskusi(Pelaku pelaku, DiskusiTindakLanjutDicatat diskusi)
    {
        Wajib(Tahap.DiskusiTindakLanjut, pelaku, Pelaku.Penilai);
        return diskusi;
    }

    public object CatatUpaya(Pelaku pelaku, IReadOnlyList<KegiatanTindakLanjut> kegiatan)
    {
        Wajib(Tahap.UpayaTindakLanjut, pelaku, Pelaku.Guru);
        return new UpayaTindakLanjutDicatat(Id, kegiatan);
    }

    public object SusunRefleksi(Pelaku pelaku, RefleksiDisusun refleksi)
    {
        Wajib(Tahap.Refleksi, pelaku, Pelaku.Guru);
        return refleksi;
    }

    public object KonfirmasiJadwal(Pelaku pelaku, string penilaiNip)
    {
        Wajib(Tahap.KonfirmasiJadwal, pelaku, Pelaku.Penilai);
        return new JadwalDikonfirmasi(Id, penilaiNip);
    }

    public object KonfirmasiRefleksi(Pelaku pelaku, string penilaiNip)
    {
        Wajib(Tahap.KonfirmasiRefleksi, pelaku, Pelaku.Penilai);
        return new RefleksiDikonfirmasi(Id, SkpId, Nip, Tahun, penilaiNip, Observasi!.Rubrik);
    }
}
