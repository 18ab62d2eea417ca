namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>A teacher's plan through the gateway, as the tests that start from one need it.</summary>
public static class Rencana
{
    public static async Task<(string Path, Guid Id)> BuatAsync(HttpClient guru, int tahun = 2026)
    {
        var dibuat = await guru.PostAsJsonAsync("/api/perencanaan/skp", new { tahun });
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var path = dibuat.Headers.Location!.ToString();
        return (path, Guid.Parse(path[(path.LastIndexOf('/') + 1)..]));
    }

    /// <summary>Drafted whole (every part from the catalog) and submitted, waiting for the principal.</summary>
    public static async Task<(string Path, Guid Id)> DiajukanAsync(HttpClient guru)
    {
        var skp = await BuatAsync(guru);
        await Tahan.Ok(guru.PutAsJsonAsync($"{skp.Path}/tugas-pokok", new { kode = "TP-B" }));
        await Tahan.Ok(guru.PutAsJsonAsync($"{skp.Path}/praktik-kinerja", new { kode = "G-MK-1" }));
        await Tahan.Ok(guru.PutAsJsonAsync($"{skp.Path}/pengembangan-kompetensi", new { kode = "PED-1" }));
        await Tahan.Ok(guru.PutAsJsonAsync($"{skp.Path}/perilaku-kerja", new { aspek = new[] { "KL" } }));
        await Tahan.Ok(guru.PutAsJsonAsync($"{skp.Path}/hasil-kerja", new { rencana = new[] { new { kode = "RHK-G-A", indikator = "Kelas tertib", target = "90%" } } }));
        await Tahan.Ok(guru.PostAsync($"{skp.Path}/ajukan", null));
        return skp;
    }
}
