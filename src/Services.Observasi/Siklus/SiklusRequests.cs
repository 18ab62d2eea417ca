using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Observasi.Siklus;

public sealed record IsiPersiapan(IReadOnlyList<string>? Target, string? Upaya, DateTimeOffset? Jadwal);

public sealed record IsiObservasi(IReadOnlyList<IsiNilai>? Rubrik, string? Rekomendasi);

public sealed record IsiNilai(string? Perilaku, Level? Level, string? Catatan);

public sealed record IsiDiskusi(string? Tantangan, string? Tujuan, string? Langkah, string? Jadwal, string? Dukungan);

public sealed record IsiUpaya(IReadOnlyList<IsiKegiatan>? Kegiatan);

public sealed record IsiKegiatan(string? Jenis, DateOnly? Tanggal, string? Deskripsi);

public sealed record IsiRefleksi(string? Inspirasi, string? Perubahan, string? Tantangan, string? Strategi);

/// <summary>Text only, length-limited (domain.md §5: no uploads since 2025).</summary>
public static class ValidasiLangkah
{
    public const int Panjang = 2000;

    public static (IReadOnlyList<string> Target, string Upaya, DateTimeOffset Jadwal) Persiapan(IsiPersiapan body)
    {
        var v = new Validasi();
        if (body.Target is not { Count: > 0 and <= 10 })
        {
            v.Tambah("target", "Sebutkan 1 sampai 10 target perilaku.");
        }
        else
        {
            for (var i = 0; i < body.Target.Count; i++)
            {
                v.Teks($"target[{i}]", body.Target[i], 200);
            }
        }

        var upaya = v.Teks("upaya", body.Upaya, Panjang);
        var jadwal = v.Wajib("jadwal", body.Jadwal);
        v.LemparJikaAda();
        return (body.Target!.Select(t => t.Trim()).ToList(), upaya, jadwal);
    }

    public static (IReadOnlyList<NilaiRubrik> Rubrik, string Rekomendasi) Observasi(IsiObservasi body)
    {
        var v = new Validasi();
        var rubrik = new List<NilaiRubrik>();
        if (body.Rubrik is not { Count: > 0 and <= 20 })
        {
            v.Tambah("rubrik", "Isi level untuk setiap perilaku fokus.");
        }
        else
        {
            for (var i = 0; i < body.Rubrik.Count; i++)
            {
                var n = body.Rubrik[i];
                rubrik.Add(new NilaiRubrik(v.Teks($"rubrik[{i}].perilaku", n.Perilaku, 50), v.Wajib($"rubrik[{i}].level", n.Level),
                    v.Teks($"rubrik[{i}].catatan", n.Catatan, Panjang)));
            }
        }

        var rekomendasi = v.Teks("rekomendasi", body.Rekomendasi, Panjang);
        v.LemparJikaAda();
        return (rubrik, rekomendasi);
    }

    public static DiskusiTindakLanjutDicatat Diskusi(Guid id, IsiDiskusi body, string penilaiNip)
    {
        var v = new Validasi();
        var hasil = new DiskusiTindakLanjutDicatat(id, v.Teks("tantangan", body.Tantangan, Panjang), v.Teks("tujuan", body.Tujuan, Panjang),
            v.Teks("langkah", body.Langkah, Panjang), v.Teks("jadwal", body.Jadwal, 500), v.Teks("dukungan", body.Dukungan, Panjang), penilaiNip);
        v.LemparJikaAda();
        return hasil;
    }

    public static IReadOnlyList<KegiatanTindakLanjut> Upaya(IsiUpaya body)
    {
        var v = new Validasi();
        var kegiatan = new List<KegiatanTindakLanjut>();
        if (body.Kegiatan is not { Count: > 0 and <= 30 })
        {
            v.Tambah("kegiatan", "Sebutkan 1 sampai 30 kegiatan.");
        }
        else
        {
            for (var i = 0; i < body.Kegiatan.Count; i++)
            {
                var k = body.Kegiatan[i];
                if (k.Jenis is not { Length: 1 } jenis || jenis[0] is < 'a' or > 'r')
                {
                    v.Tambah($"kegiatan[{i}].jenis", "Jenis kegiatan a sampai r (Juknis Pasal 14).");
                }

                kegiatan.Add(new KegiatanTindakLanjut(k.Jenis ?? "", v.Wajib($"kegiatan[{i}].tanggal", k.Tanggal), v.Teks($"kegiatan[{i}].deskripsi", k.Deskripsi, Panjang)));
            }
        }

        v.LemparJikaAda();
        return kegiatan;
    }

    public static RefleksiDisusun Refleksi(Guid id, IsiRefleksi body)
    {
        var v = new Validasi();
        var hasil = new RefleksiDisusun(id, v.Teks("inspirasi", body.Inspirasi, Panjang), v.Teks("perubahan", body.Perubahan, Panjang),
            v.Teks("tantangan", body.Tantangan, Panjang), v.Teks("strategi", body.Strategi, Panjang));
        v.LemparJikaAda();
        return hasil;
    }
}
