namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>A teacher's plan through the gateway, as the tests that start from one need it.</summary>
public static class Rencana
{
    public static async Task<(string Path, Guid Id)> BuatAsync(HttpClient guru, int tahun = 2026)
    {
        var dibuat = await guru.KirimAsync(ApiSkp.Buat(new BuatSkp(tahun)));
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var path = dibuat.Headers.Location!.ToString();
        return (path, KlienDemo.IdDari(path));
    }

    /// <summary>Drafted whole (every part from the catalog) and submitted, waiting for the principal.</summary>
    public static async Task<(string Path, Guid Id)> DiajukanAsync(HttpClient guru)
    {
        var skp = await BuatAsync(guru);
        await KlienDemo.AjukanAsync(guru, skp.Path, kepala: false, atasan: null, CancellationToken.None);
        return skp;
    }
}
