namespace Kinerja.Web.Components.Pages.Beranda;

using Kinerja.Klien;
using Kinerja.Web.Layanan;

/// <summary>Where one pegawai is in the year and who must act next, from their plan, cycle and assessment.</summary>
public sealed record Posisi(string Tahap, bool MenungguPenilai, string? Tautan, string? Predikat)
{
    public static Posisi Dari(Skp? skp, PosisiSiklus? siklus, Penilaian? penilaian)
    {
        if (penilaian?.Hasil is { } hasil)
        {
            return new("Penilaian ditetapkan", false, $"/penilaian/{penilaian.Id}", hasil.Predikat);
        }

        if (penilaian is { Status: "SiapDinilai" or "Dinilai" })
        {
            return new(Teks.StatusPenilaian(penilaian.Status), true, $"/penilaian/{penilaian.Id}", null);
        }

        if (siklus is not null)
        {
            return new(Teks.TahapSiklus(siklus.Tahap), siklus.Menunggu == "Penilai", $"/siklus/{siklus.Id}", null);
        }

        return skp is null
            ? new("SKP belum dimulai", false, null, null)
            : new($"SKP: {Teks.StatusSkp(skp.Status)}", skp.Status == "Diajukan", $"/skp/{skp.Id}", null);
    }
}
