namespace Kinerja.Web.Components.Pages.Beranda;

using Kinerja.Klien;
using Kinerja.Web.Layanan;

/// <summary>
/// Where one pegawai is in the year and who must act next, from their plan, cycle and assessment; <see cref="Tombol"/>
/// says what waits on the rater ("Periksa SKP", "Konfirmasi jadwal", "Beri nilai"), or only "Lihat".
/// </summary>
public sealed record Posisi(string Tahap, bool MenungguPenilai, string? Tautan, string? Predikat, string Tombol = Teks.Lihat)
{
    public static Posisi Dari(Skp? skp, PosisiSiklus? siklus, Penilaian? penilaian)
    {
        if (penilaian?.Hasil is { } hasil)
        {
            return new("Penilaian ditetapkan", false, $"/penilaian/{penilaian.Id}", hasil.Predikat);
        }

        if (penilaian is { Status: "SiapDinilai" or "Dinilai" })
        {
            return new(Teks.StatusPenilaian(penilaian.Status), true, $"/penilaian/{penilaian.Id}", null,
                penilaian.Status == "SiapDinilai" ? Teks.BeriNilai : Teks.PeriksaTetapkan);
        }

        if (siklus is not null)
        {
            var giliran = siklus.Menunggu == "Penilai";
            return new(Teks.TahapSiklus(siklus.Tahap), giliran, $"/siklus/{siklus.Id}", null, giliran ? Teks.TombolGiliran(siklus.Tahap) : Teks.Lihat);
        }

        return skp is null
            ? new("SKP belum dimulai", false, null, null)
            : new($"SKP: {Teks.StatusSkp(skp.Status)}", skp.Status == "Diajukan", $"/skp/{skp.Id}", null,
                skp.Status == "Diajukan" ? Teks.PeriksaSkp : Teks.Lihat);
    }
}
