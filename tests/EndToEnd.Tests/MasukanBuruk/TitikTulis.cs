namespace Kinerja.EndToEnd.Tests.MasukanBuruk;

using System.Text.Json.Nodes;

public enum Jenis { Teks, Kode, Pilihan, Angka, Benar, Tanggal, Waktu, Daftar }

public enum Pemanggil { Operator, Kepala, GuruA, GuruB, GuruC }

/// <summary>
/// One write endpoint with a JSON body: who may call it, the object it is called on (placeholders
/// <c>{npsn}</c>, <c>{skpA}</c>, <c>{skpB}</c>, <c>{skpC}</c>, <c>{nipA}</c>), a valid body, and the kind of each field
/// (a path into the body: <c>rencana.0.target</c>).
/// </summary>
public sealed record TitikTulis(string Nama, string Metode, string Path, string Layanan, Pemanggil Pemanggil, string Badan,
    params (string Medan, Jenis Jenis)[] Medan)
{
    public static readonly IReadOnlyList<TitikTulis> Semua =
    [
        new("sekolah", "PUT", "/api/sekolah/{npsn}", "datapegawai", Pemanggil.Operator,
            """{"nama":"SD Negeri Masukan","wilayah":"3273"}""", ("nama", Jenis.Teks), ("wilayah", Jenis.Kode)),
        new("kepala", "PUT", "/api/sekolah/{npsn}/kepala", "datapegawai", Pemanggil.Operator,
            """{"nip":"196802021990031005","plt":false,"berlakuSejak":"2026-07-01"}""", ("nip", Jenis.Kode), ("plt", Jenis.Benar), ("berlakuSejak", Jenis.Tanggal)),
        new("penyelesaian", "POST", "/api/pegawai/{nipA}/disparitas/NAMA/penyelesaian", "datapegawai", Pemanggil.Operator,
            """{"nilai":"Sari Utami","alasan":"Sesuai akta kelahiran."}""", ("nilai", Jenis.Teks), ("alasan", Jenis.Teks)),
        new("skp", "POST", "/api/perencanaan/skp", "perencanaan", Pemanggil.GuruA, """{"tahun":2026}""", ("tahun", Jenis.Angka)),
        new("tugas-pokok", "PUT", "/api/perencanaan/skp/{skpA}/tugas-pokok", "perencanaan", Pemanggil.GuruA, """{"kode":"TP-B"}""", ("kode", Jenis.Kode)),
        new("praktik-kinerja", "PUT", "/api/perencanaan/skp/{skpA}/praktik-kinerja", "perencanaan", Pemanggil.GuruA, """{"kode":"G-MK-1"}""", ("kode", Jenis.Kode)),
        new("pengembangan-kompetensi", "PUT", "/api/perencanaan/skp/{skpA}/pengembangan-kompetensi", "perencanaan", Pemanggil.GuruA,
            """{"kode":"PED-1"}""", ("kode", Jenis.Kode)),
        new("perilaku-kerja", "PUT", "/api/perencanaan/skp/{skpA}/perilaku-kerja", "perencanaan", Pemanggil.GuruA,
            """{"aspek":["KL"]}""", ("aspek", Jenis.Daftar), ("aspek.0", Jenis.Kode)),
        new("hasil-kerja", "PUT", "/api/perencanaan/skp/{skpA}/hasil-kerja", "perencanaan", Pemanggil.GuruA,
            """{"rencana":[{"kode":"RHK-G-A","indikator":"Kelas tertib","target":"90%"}]}""",
            ("rencana", Jenis.Daftar), ("rencana.0.kode", Jenis.Kode), ("rencana.0.indikator", Jenis.Teks), ("rencana.0.target", Jenis.Teks)),
        new("kembalikan", "POST", "/api/perencanaan/skp/{skpA}/kembalikan", "perencanaan", Pemanggil.Kepala,
            """{"catatan":"Naikkan targetnya."}""", ("catatan", Jenis.Teks)),
        new("persiapan", "POST", "/api/observasi/siklus/{skpC}/persiapan", "observasi", Pemanggil.GuruC,
            """{"target":["KOM"],"upaya":"Aturan kelas.","jadwal":"2099-12-01T08:00:00+07:00"}""",
            ("target", Jenis.Daftar), ("target.0", Jenis.Kode), ("upaya", Jenis.Teks), ("jadwal", Jenis.Waktu)),
        new("observasi", "POST", "/api/observasi/siklus/{skpB}/observasi", "observasi", Pemanggil.Kepala,
            """{"rubrik":[{"perilaku":"KOM","level":"DilakukanEfektif","catatan":"Terlihat."}],"rekomendasi":"Pertahankan."}""",
            ("rubrik", Jenis.Daftar), ("rubrik.0.perilaku", Jenis.Kode), ("rubrik.0.level", Jenis.Pilihan), ("rubrik.0.catatan", Jenis.Teks),
            ("rekomendasi", Jenis.Teks)),
        new("diskusi-tindak-lanjut", "POST", "/api/observasi/siklus/{skpB}/diskusi-tindak-lanjut", "observasi", Pemanggil.Kepala,
            """{"tantangan":"a","tujuan":"b","langkah":"c","jadwal":"Maret","dukungan":"d"}""",
            ("tantangan", Jenis.Teks), ("tujuan", Jenis.Teks), ("langkah", Jenis.Teks), ("jadwal", Jenis.Teks), ("dukungan", Jenis.Teks)),
        new("upaya-tindak-lanjut", "POST", "/api/observasi/siklus/{skpB}/upaya-tindak-lanjut", "observasi", Pemanggil.GuruB,
            """{"kegiatan":[{"jenis":"a","tanggal":"2026-03-01","deskripsi":"Komunitas belajar."}]}""",
            ("kegiatan", Jenis.Daftar), ("kegiatan.0.jenis", Jenis.Teks), ("kegiatan.0.tanggal", Jenis.Tanggal), ("kegiatan.0.deskripsi", Jenis.Teks)),
        new("refleksi", "POST", "/api/observasi/siklus/{skpB}/refleksi", "observasi", Pemanggil.GuruB,
            """{"inspirasi":"a","perubahan":"b","tantangan":"c","strategi":"d"}""",
            ("inspirasi", Jenis.Teks), ("perubahan", Jenis.Teks), ("tantangan", Jenis.Teks), ("strategi", Jenis.Teks)),
        new("nilai", "POST", "/api/penilaian/{skpB}/nilai", "penilaian", Pemanggil.Kepala,
            """{"hasilKerja":"SesuaiEkspektasi","perilakuKerja":"SesuaiEkspektasi","umpanBalik":"Baik."}""",
            ("hasilKerja", Jenis.Pilihan), ("perilakuKerja", Jenis.Pilihan), ("umpanBalik", Jenis.Teks)),
        new("koreksi", "POST", "/api/penilaian/{skpB}/koreksi", "penilaian", Pemanggil.Kepala,
            """{"hasilKerja":"SesuaiEkspektasi","perilakuKerja":"SesuaiEkspektasi","alasan":"Bukti baru."}""",
            ("hasilKerja", Jenis.Pilihan), ("perilakuKerja", Jenis.Pilihan), ("alasan", Jenis.Teks)),
    ];

    /// <summary>Values that are wrong for a field of each kind, by name.</summary>
    public static IEnumerable<(string Nama, Func<JsonNode?> Nilai)> NilaiBuruk(Jenis jenis)
    {
        Func<JsonNode?> objek = () => new JsonObject { ["x"] = 1 };
        switch (jenis)
        {
            case Jenis.Teks:
                yield return ("jenis-salah", objek);
                yield return ("kosong", () => "   ");
                yield return ("terlalu-panjang", () => new string('a', 100_000));
                yield return ("nul", () => "a\u0000b");
                yield return ("kode-escape", () => "a\u001b[31mb");
                break;
            case Jenis.Kode:
                yield return ("jenis-salah", objek);
                yield return ("terlalu-panjang", () => new string('A', 100_000));
                yield return ("nul", () => "KO\u0000M");
                yield return ("aksara-lain", () => "日本語");
                yield return ("tak-dikenal", () => "ZZ-9");
                break;
            case Jenis.Pilihan:
                yield return ("jenis-salah", objek);
                yield return ("tak-dikenal", () => "Luarbiasa");
                yield return ("angka", () => 1);
                break;
            case Jenis.Angka:
                yield return ("teks", () => "dua ribu");
                yield return ("pecahan", () => 2026.5);
                yield return ("di-luar-batas", () => 99999);
                break;
            case Jenis.Benar:
                yield return ("teks", () => "ya");
                break;
            case Jenis.Tanggal:
                yield return ("teks", () => "kemarin");
                yield return ("mustahil", () => "2026-13-45");
                break;
            case Jenis.Waktu:
                yield return ("teks", () => "besok pagi");
                break;
            case Jenis.Daftar:
                yield return ("jenis-salah", () => "x");
                yield return ("kosong", () => new JsonArray());
                break;
        }
    }

    /// <summary>The valid body with one field replaced.</summary>
    public JsonNode Dengan(string medan, JsonNode? nilai)
    {
        var body = JsonNode.Parse(Badan)!;
        var langkah = medan.Split('.');
        var induk = body;
        foreach (var l in langkah[..^1])
        {
            induk = int.TryParse(l, out var i) ? induk[i]! : induk[l]!;
        }

        if (int.TryParse(langkah[^1], out var indeks))
        {
            induk.AsArray()[indeks] = nilai;
        }
        else
        {
            induk.AsObject()[langkah[^1]] = nilai;
        }

        return body;
    }

    /// <summary>The name a problem's <c>errors</c> must mention: the last named step of the path.</summary>
    public static string Daun(string medan) => medan.Split('.').Last(l => !int.TryParse(l, out _));
}
