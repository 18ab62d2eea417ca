namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;

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
        await KlienDemo.AjukanAsync(pemilik, skp, kepala, atasan: null, CancellationToken.None);
        return skp;
    }

    /// <summary>The five steps of the cycle of an agreed plan (same id), once the cycle has opened in Observasi.</summary>
    public static async Task SiklusSelesaiAsync(HttpClient pemilik, HttpClient penilai, string id)
    {
        var siklus = $"{ApiSiklus.Dasar}/{id}";
        var siklusId = Guid.Parse(id);
        Task Kirim(HttpClient oleh, Permintaan langkah) => KlienDemo.KirimAsync(oleh, langkah, CancellationToken.None);
        await KlienDemo.WaitUntilAsync(async () => (await pemilik.GetAsync(siklus)).StatusCode == HttpStatusCode.OK, "the cycle opening", CancellationToken.None);
        async Task<List<string>> FokusAsync() => (await pemilik.GetFromJsonAsync<JsonElement>(siklus)).GetProperty("perilakuFokus").EnumerateArray()
            .Select(p => p.GetProperty("kode").GetString()!).ToList();
        var fokus = await FokusAsync();
        // a sub-indicator without focus behaviours in the catalog (a principal's) takes the owner's own words as targets
        string[] target = fokus.Count > 0 ? [.. fokus.Take(2)] : ["Memandu perencanaan pembelajaran", "Umpan balik setelah supervisi"];
        var jadwal = DateTimeOffset.UtcNow.AddSeconds(2);
        await Kirim(pemilik, ApiSiklus.Persiapan(siklusId, new IsiPersiapan(target, "Menyepakati aturan kelas.", jadwal)));
        await Kirim(penilai, ApiSiklus.KonfirmasiJadwal(siklusId));
        fokus = await FokusAsync();
        var observasi = ApiSiklus.Observasi(siklusId, new IsiObservasi(fokus.Select(p => new IsiRubrik(p, "DilakukanEfektif", "Terlihat.")).ToList(), "Pertahankan."));
        // the observation waits for the agreed time on the real clock
        await KlienDemo.WaitUntilAsync(async () =>
            {
                using var r = await penilai.SendAsync(ApiKlien.Pesan(observasi));
                return r.StatusCode == HttpStatusCode.OK;
            }, "the observation at the agreed time", CancellationToken.None);
        await Kirim(penilai, ApiSiklus.Diskusi(siklusId, new IsiDiskusi("a", "b", "c", "Maret", "d")));
        await Kirim(pemilik, ApiSiklus.Upaya(siklusId, new IsiUpaya([new IsiKegiatan("p", new DateOnly(DateTime.Now.Year, 3, 1), "Komunitas belajar.")])));
        await Kirim(pemilik, ApiSiklus.Refleksi(siklusId, new IsiRefleksi("a", "b", "c", "d")));
        await Kirim(penilai, ApiSiklus.KonfirmasiRefleksi(siklusId));
    }

    /// <summary>Waits until the assessment of this plan is ready to rate in Penilaian.</summary>
    public static Task SiapDinilaiAsync(HttpClient penilai, string id) =>
        KlienDemo.WaitUntilAsync(async () =>
        {
            using var r = await penilai.GetAsync($"/api/penilaian/{id}");
            return r.IsSuccessStatusCode && (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "SiapDinilai";
        }, "the assessment ready", CancellationToken.None);

    /// <summary>Rated "sesuai ekspektasi" twice and finalised: predikat Baik.</summary>
    public static async Task DitetapkanAsync(HttpClient penilai, string id, string umpanBalik = "Baik.")
    {
        await SiapDinilaiAsync(penilai, id);
        await KlienDemo.BerhasilAsync(penilai.KirimAsync(ApiPenilaian.Nilai(Guid.Parse(id), new IsiNilai("SesuaiEkspektasi", "SesuaiEkspektasi", umpanBalik))));
        await KlienDemo.BerhasilAsync(penilai.KirimAsync(ApiPenilaian.Tetapkan(Guid.Parse(id))));
    }
}
