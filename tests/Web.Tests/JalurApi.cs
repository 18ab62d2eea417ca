namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;

/// <summary>
/// The parts of a year a browser test does not look at, done through the public API as the people would:
/// a plan agreed, a cycle completed, an assessment finalised. Roles are generic: <c>pemilik</c> owns the plan
/// (a teacher, or a principal), <c>penilai</c> rates it (the principal, or a penilai-ks).
/// </summary>
public static class JalurApi
{
    /// <summary>The owner's plan filled from the catalog and submitted; its API path.</summary>
    public static async Task<string> SkpDiajukanAsync(KlienDemo api, HttpClient pemilik, bool kepala)
    {
        var skp = await api.SkpAsync(pemilik, DateTime.Now.Year, CancellationToken.None);
        await KlienDemo.BerhasilAsync(pemilik.PutAsJsonAsync($"{skp}/tugas-pokok", new { kode = "TP-B" }));
        await KlienDemo.BerhasilAsync(pemilik.PutAsJsonAsync($"{skp}/praktik-kinerja", new { kode = kepala ? "KS-E" : "G-MK-1" }));
        await KlienDemo.BerhasilAsync(pemilik.PutAsJsonAsync($"{skp}/pengembangan-kompetensi", new { kode = "PED-1" }));
        await KlienDemo.BerhasilAsync(pemilik.PutAsJsonAsync($"{skp}/perilaku-kerja", new { aspek = new[] { "KL", "BO" } }));
        await KlienDemo.BerhasilAsync(pemilik.PutAsJsonAsync($"{skp}/hasil-kerja",
            new { rencana = new[] { new { kode = kepala ? "RHK-KS-A" : "RHK-G-A", indikator = "Kelas tertib dan kondusif", target = "90% pertemuan" } } }));
        await KlienDemo.BerhasilAsync(pemilik.PostAsync($"{skp}/ajukan", null));
        return skp;
    }

    /// <summary>The five steps of the cycle of an agreed plan (same id), once the cycle has opened in Observasi.</summary>
    public static async Task SiklusSelesaiAsync(HttpClient pemilik, HttpClient penilai, string id)
    {
        var siklus = $"/api/observasi/siklus/{id}";
        await KlienDemo.WaitUntilAsync(async () => (await pemilik.GetAsync(siklus)).StatusCode == HttpStatusCode.OK, "the cycle opening", CancellationToken.None);
        async Task<List<string>> FokusAsync() => (await pemilik.GetFromJsonAsync<JsonElement>(siklus)).GetProperty("perilakuFokus").EnumerateArray()
            .Select(p => p.GetProperty("kode").GetString()!).ToList();
        var fokus = await FokusAsync();
        // a sub-indicator without focus behaviours in the catalog (a principal's) takes the owner's own words as targets
        string[] target = fokus.Count > 0 ? [.. fokus.Take(2)] : ["Memandu perencanaan pembelajaran", "Umpan balik setelah supervisi"];
        var jadwal = DateTimeOffset.UtcNow.AddSeconds(2);
        await KlienDemo.BerhasilAsync(pemilik.PostAsJsonAsync($"{siklus}/persiapan", new { target, upaya = "Menyepakati aturan kelas.", jadwal }));
        await KlienDemo.BerhasilAsync(penilai.PostAsync($"{siklus}/persiapan/konfirmasi", null));
        fokus = await FokusAsync();
        var rubrik = new { rubrik = fokus.Select(p => new { perilaku = p, level = "DilakukanEfektif", catatan = "Terlihat." }).ToArray(), rekomendasi = "Pertahankan." };
        // the observation waits for the agreed time on the real clock
        await KlienDemo.WaitUntilAsync(async () => (await penilai.PostAsJsonAsync($"{siklus}/observasi", rubrik)).StatusCode == HttpStatusCode.OK,
            "the observation at the agreed time", CancellationToken.None);
        await KlienDemo.BerhasilAsync(penilai.PostAsJsonAsync($"{siklus}/diskusi-tindak-lanjut", new { tantangan = "a", tujuan = "b", langkah = "c", jadwal = "Maret", dukungan = "d" }));
        await KlienDemo.BerhasilAsync(pemilik.PostAsJsonAsync($"{siklus}/upaya-tindak-lanjut",
            new { kegiatan = new[] { new { jenis = "p", tanggal = $"{DateTime.Now.Year}-03-01", deskripsi = "Komunitas belajar." } } }));
        await KlienDemo.BerhasilAsync(pemilik.PostAsJsonAsync($"{siklus}/refleksi", new { inspirasi = "a", perubahan = "b", tantangan = "c", strategi = "d" }));
        await KlienDemo.BerhasilAsync(penilai.PostAsync($"{siklus}/refleksi/konfirmasi", null));
    }

    /// <summary>Waits until the assessment of this plan is ready to rate in Penilaian.</summary>
    public static Task SiapDinilaiAsync(HttpClient penilai, string id) =>
        KlienDemo.WaitUntilAsync(async () =>
        {
            using var r = await penilai.GetAsync($"/api/penilaian/{id}");
            return r.IsSuccessStatusCode && (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "SiapDinilai";
        }, "the assessment ready", CancellationToken.None);

    /// <summary>Rated "sesuai ekspektasi" twice and finalised: predikat Baik.</summary>
    public static async Task DitetapkanAsync(HttpClient penilai, string id)
    {
        await SiapDinilaiAsync(penilai, id);
        await KlienDemo.BerhasilAsync(penilai.PostAsJsonAsync($"/api/penilaian/{id}/nilai",
            new { hasilKerja = "SesuaiEkspektasi", perilakuKerja = "SesuaiEkspektasi", umpanBalik = "Baik." }));
        await KlienDemo.BerhasilAsync(penilai.PostAsync($"/api/penilaian/{id}/tetapkan", null));
    }
}
