namespace Kinerja.Web.Components.Pages.Beranda;

using Kinerja.Klien;

/// <summary>
/// "Perlu tindakan Anda": what waits on the signed-in person in the year shown, each with where to do it, from what the
/// Beranda already read. Their own plan (with its deadline once a week or less is left), an observation today or
/// tomorrow, their cycle step and result, what they acknowledge, then, for a rater, the observations they make today or
/// tomorrow and how many wait on them.
/// </summary>
public static class TindakanSaya
{
    public sealed record Butir(string Teks, string Tautan, bool Mendesak = false);

    /// <summary>What the Beranda read, for the person signed in.</summary>
    /// <param name="BolehMulai">Whether a plan may be started here: this year, and the person's data padan.</param>
    /// <param name="Jendela">The year's windows and today as Perencanaan counts them, when read.</param>
    /// <param name="DiobservasiOlehSaya">The cycles of the people they rate, each with the person's name.</param>
    /// <param name="MenungguPenilai">How many of the people they rate wait on them; listed at <paramref name="TautanPenilai"/>.</param>
    public sealed record Keadaan(int Tahun, bool BolehMulai, Skp? Skp, PosisiSiklus? Siklus, Penilaian? Penilaian, Jendela? Jendela = null,
        IReadOnlyList<(PosisiSiklus Siklus, string Nama)>? DiobservasiOlehSaya = null, int MenungguPenilai = 0, string TautanPenilai = "#guru-sekolah");

    public static IReadOnlyList<Butir> Dari(Keadaan k, Format format, DateTimeOffset kini)
    {
        var butir = new List<Butir>();
        var (batas, mendesak) = Batas(k.Jendela);
        if (k.Skp is null && k.BolehMulai)
        {
            butir.Add(new($"Mulai SKP {k.Tahun}{batas}", "#skp-saya", mendesak));
        }

        if (k.Skp is { Status: "Draf" })
        {
            butir.Add(new($"Lengkapi dan ajukan SKP {k.Tahun}{batas}", $"/skp/{k.Skp.Id}", mendesak));
        }

        if (k.Skp is { Status: "Dikembalikan" })
        {
            butir.Add(new($"Perbaiki SKP {k.Tahun} yang dikembalikan{batas}", $"/skp/{k.Skp.Id}", mendesak));
        }

        if (k.Siklus is { } siklus && Segera(siklus, format, kini) is { } kapan)
        {
            butir.Add(new($"Observasi kelas Anda {kapan}", $"/siklus/{siklus.Id}", true));
        }

        if (k.Siklus is { Menunggu: "Guru" })
        {
            butir.Add(new($"Siklus: {Teks.TahapSiklus(k.Siklus.Tahap)}, giliran Anda", $"/siklus/{k.Siklus.Id}"));
        }

        if (k.Skp is { Status: "Disepakati", Dibaca: false })
        {
            butir.Add(new("Baca SKP yang telah disepakati", $"/skp/{k.Skp.Id}/cetak"));
        }

        if (k.Siklus is { Diobservasi: true, Dibaca: false })
        {
            butir.Add(new("Baca catatan observasi", $"/siklus/{k.Siklus.Id}/cetak"));
        }

        if (k.Penilaian is { Hasil: { } hasil } && k.Penilaian.DibacaKoreksiKe != hasil.KoreksiKe)
        {
            butir.Add(new("Baca hasil penilaian kinerja", $"/penilaian/{k.Penilaian.Id}/cetak"));
        }

        foreach (var (s, nama) in k.DiobservasiOlehSaya ?? [])
        {
            if (Segera(s, format, kini) is { } waktu)
            {
                butir.Add(new($"Observasi kelas {nama} {waktu}", $"/siklus/{s.Id}", true));
            }
        }

        if (k.MenungguPenilai > 0)
        {
            butir.Add(new($"{k.MenungguPenilai} orang menunggu tindakan Anda sebagai penilai", k.TautanPenilai));
        }

        return butir;
    }

    /// <summary>The planning deadline, said once a week or less is left of the window the person is in.</summary>
    private static (string Teks, bool Mendesak) Batas(Jendela? jendela)
    {
        if (jendela is not { } j || j.HariIni < j.Perencanaan.Mulai || j.HariIni > j.Perencanaan.Selesai)
        {
            return ("", false);
        }

        var sisa = j.Perencanaan.Selesai.DayNumber - j.HariIni.DayNumber;
        return sisa switch
        {
            0 => (" (batas hari ini)", true),
            <= 7 => ($" (batas {Format.Tanggal(j.Perencanaan.Selesai)}, {sisa} hari lagi)", true),
            _ => ("", false),
        };
    }

    /// <summary>"hari ini, 07.30 WIB" or "besok, …" for an agreed observation due today or tomorrow in the school's zone; null otherwise.</summary>
    private static string? Segera(PosisiSiklus siklus, Format format, DateTimeOffset kini)
    {
        if (siklus is not { Tahap: "Observasi", Jadwal: { } jadwal } || jadwal < kini)
        {
            return null;
        }

        var lokal = TimeZoneInfo.ConvertTime(jadwal, format.Zona);
        var hari = (lokal.Date - TimeZoneInfo.ConvertTime(kini, format.Zona).Date).Days;
        var jam = $"{lokal:HH.mm} {format.NamaZona}";
        return hari switch { 0 => $"hari ini, {jam}", 1 => $"besok, {jam}", _ => null };
    }
}
