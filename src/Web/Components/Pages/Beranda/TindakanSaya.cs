namespace Kinerja.Web.Components.Pages.Beranda;

using Kinerja.Klien;

/// <summary>
/// "Perlu tindakan Anda": what waits on the signed-in person in the year shown, each with where to do it, from what the
/// Beranda already read. Their own plan, cycle step and result first, then what they acknowledge, then, for a rater, how
/// many wait on them.
/// </summary>
public static class TindakanSaya
{
    public sealed record Butir(string Teks, string Tautan);

    /// <param name="bolehMulai">Whether a plan may be started here: this year, and the person's data padan.</param>
    /// <param name="menungguPenilai">How many of the people they rate wait on them; with <paramref name="tautanPenilai"/>, where they are listed.</param>
    public static IReadOnlyList<Butir> Dari(int tahun, bool bolehMulai, Skp? skp, PosisiSiklus? siklus, Penilaian? penilaian,
        int menungguPenilai, string tautanPenilai)
    {
        var butir = new List<Butir>();
        if (skp is null && bolehMulai)
        {
            butir.Add(new($"Mulai SKP {tahun}", "#skp-saya"));
        }

        if (skp is { Status: "Draf" })
        {
            butir.Add(new($"Lengkapi dan ajukan SKP {tahun}", $"/skp/{skp.Id}"));
        }

        if (skp is { Status: "Dikembalikan" })
        {
            butir.Add(new($"Perbaiki SKP {tahun} yang dikembalikan", $"/skp/{skp.Id}"));
        }

        if (siklus is { Menunggu: "Guru" })
        {
            butir.Add(new($"Siklus: {Teks.TahapSiklus(siklus.Tahap)}, giliran Anda", $"/siklus/{siklus.Id}"));
        }

        if (skp is { Status: "Disepakati", Dibaca: false })
        {
            butir.Add(new("Baca SKP yang telah disepakati", $"/skp/{skp.Id}/cetak"));
        }

        if (siklus is { SudahDiobservasi: true, Dibaca: false })
        {
            butir.Add(new("Baca catatan observasi", $"/siklus/{siklus.Id}/cetak"));
        }

        if (penilaian is { Hasil: { } hasil } && penilaian.DibacaKoreksiKe != hasil.KoreksiKe)
        {
            butir.Add(new("Baca hasil penilaian kinerja", $"/penilaian/{penilaian.Id}/cetak"));
        }

        if (menungguPenilai > 0)
        {
            butir.Add(new($"{menungguPenilai} orang menunggu tindakan Anda sebagai penilai", tautanPenilai));
        }

        return butir;
    }
}
