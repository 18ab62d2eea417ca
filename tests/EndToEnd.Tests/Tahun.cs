namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Testing;

/// <summary>The rest of a teacher's year after their plan is agreed, through the gateway, as the year walks need it.</summary>
public static class Tahun
{
    /// <summary>
    /// The five cycle steps of an agreed plan (its id is the cycle's), each by its side, once the cycle has opened:
    /// the observation is scheduled 2 s ahead and retried until that time has come (the real clock).
    /// </summary>
    public static async Task SiklusSelesaiAsync(HttpClient guru, HttpClient kepala, string siklus)
    {
        await SistemBerjalan.WaitUntilAsync(async () => (await guru.GetAsync(siklus)).StatusCode == HttpStatusCode.OK, "cycle opened");
        var jadwal = DateTimeOffset.UtcNow.AddSeconds(2);
        await Tahan.Ok(guru.PostAsJsonAsync($"{siklus}/persiapan", new { target = new[] { "KOM", "ATR" }, upaya = "Menyepakati aturan kelas.", jadwal }));
        await Tahan.Ok(kepala.PostAsync($"{siklus}/persiapan/konfirmasi", null));
        var rubrik = new
        {
            rubrik = new[] { "KOM", "KEL", "ATR" }.Select(p => new { perilaku = p, level = "DilakukanEfektif", catatan = "Terlihat." }).ToArray(),
            rekomendasi = "Pertahankan.",
        };
        await SistemBerjalan.WaitUntilAsync(async () => (await kepala.PostAsJsonAsync($"{siklus}/observasi", rubrik)).StatusCode == HttpStatusCode.OK,
            "observation at the agreed time");
        await Tahan.Ok(kepala.PostAsJsonAsync($"{siklus}/diskusi-tindak-lanjut", new { tantangan = "a", tujuan = "b", langkah = "c", jadwal = "Maret", dukungan = "d" }));
        await Tahan.Ok(guru.PostAsJsonAsync($"{siklus}/upaya-tindak-lanjut",
            new { kegiatan = new[] { new { jenis = "p", tanggal = "2026-03-01", deskripsi = "Komunitas belajar." } } }));
        await Tahan.Ok(guru.PostAsJsonAsync($"{siklus}/refleksi", new { inspirasi = "a", perubahan = "b", tantangan = "c", strategi = "d" }));
        await Tahan.Ok(kepala.PostAsync($"{siklus}/refleksi/konfirmasi", null));
    }

    /// <summary>Once Penilaian has recorded the cycle: rated "sesuai ekspektasi" twice and finalised. The finalised assessment.</summary>
    public static async Task<JsonElement> DitetapkanAsync(HttpClient kepala, string penilaian)
    {
        await SistemBerjalan.WaitUntilAsync(async () => (await kepala.GetAsync(penilaian)).StatusCode == HttpStatusCode.OK
            && (await kepala.GetFromJsonAsync<JsonElement>(penilaian)).GetProperty("status").GetString() == "SiapDinilai", "assessment ready");
        await Tahan.Ok(kepala.PostAsJsonAsync($"{penilaian}/nilai", new { hasilKerja = "SesuaiEkspektasi", perilakuKerja = "SesuaiEkspektasi", umpanBalik = "Baik sekali." }));
        return await Tahan.Ok(kepala.PostAsync($"{penilaian}/tetapkan", null));
    }
}
