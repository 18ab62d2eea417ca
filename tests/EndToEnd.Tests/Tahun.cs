namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;
using Kinerja.Klien;
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
        await Tahan.Ok(guru.KirimAsync(ApiSiklus.Persiapan(KlienDemo.IdDari(siklus), new IsiPersiapan(["KOM", "ATR"], "Menyepakati aturan kelas.", jadwal))));
        await Tahan.Ok(kepala.KirimAsync(ApiSiklus.KonfirmasiJadwal(KlienDemo.IdDari(siklus))));
        var rubrik = ApiSiklus.Observasi(KlienDemo.IdDari(siklus),
            new IsiObservasi([.. new[] { "KOM", "KEL", "ATR" }.Select(p => new IsiRubrik(p, "DilakukanEfektif", "Terlihat."))], "Pertahankan."));
        await SistemBerjalan.WaitUntilAsync(async () => (await kepala.KirimAsync(rubrik)).StatusCode == HttpStatusCode.OK,
            "observation at the agreed time");
        await Tahan.Ok(kepala.KirimAsync(ApiSiklus.Diskusi(KlienDemo.IdDari(siklus), new IsiDiskusi("a", "b", "c", "Maret", "d"))));
        await Tahan.Ok(guru.KirimAsync(ApiSiklus.Upaya(KlienDemo.IdDari(siklus),
            new IsiUpaya([new IsiKegiatan("p", new DateOnly(2026, 3, 1), "Komunitas belajar.")]))));
        await Tahan.Ok(guru.KirimAsync(ApiSiklus.Refleksi(KlienDemo.IdDari(siklus), new IsiRefleksi("a", "b", "c", "d"))));
        await Tahan.Ok(kepala.KirimAsync(ApiSiklus.KonfirmasiRefleksi(KlienDemo.IdDari(siklus))));
    }

    /// <summary>Once Penilaian has recorded the cycle: rated "sesuai ekspektasi" twice and finalised. The finalised assessment.</summary>
    public static async Task<JsonElement> DitetapkanAsync(HttpClient kepala, string penilaian)
    {
        await SistemBerjalan.WaitUntilAsync(async () => (await kepala.GetAsync(penilaian)).StatusCode == HttpStatusCode.OK
            && (await kepala.GetFromJsonAsync<JsonElement>(penilaian)).GetProperty("status").GetString() == "SiapDinilai", "assessment ready");
        await Tahan.Ok(kepala.KirimAsync(ApiPenilaian.Nilai(KlienDemo.IdDari(penilaian), new IsiNilai("SesuaiEkspektasi", "SesuaiEkspektasi", "Baik sekali."))));
        return await Tahan.Ok(kepala.KirimAsync(ApiPenilaian.Tetapkan(KlienDemo.IdDari(penilaian))));
    }
}
