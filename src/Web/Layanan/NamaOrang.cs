namespace Kinerja.Web.Layanan;

using Kinerja.Klien;

/// <summary>
/// People's names for the pages, once per request: a pegawai's from DataPegawai (when the caller may read them), a
/// school's principal's from the school's read. Null when it cannot be read: the page then shows the NIP.
/// </summary>
public sealed class NamaOrang(PegawaiKlien pegawai, SekolahKlien sekolah, IHttpContextAccessor accessor)
{
    private readonly Dictionary<string, Task<string?>> _pegawai = [];
    private readonly Dictionary<string, Task<string?>> _kepala = [];

    private CancellationToken Batal => accessor.HttpContext?.RequestAborted ?? default;

    public Task<string?> PegawaiAsync(string pegawaiId)
    {
        // the signed-in person's own name came with the sign-in
        if (accessor.HttpContext?.User is { } user && user.FindFirst("sub")?.Value == pegawaiId)
        {
            return Task.FromResult(user.FindFirst("name")?.Value);
        }

        return Sekali(_pegawai, pegawaiId, async () => (await pegawai.PegawaiAsync(pegawaiId, Batal)).Nama);
    }

    /// <summary>Who heads the school now, by name.</summary>
    public Task<string?> KepalaAsync(string npsn) => Sekali(_kepala, npsn, async () => (await sekolah.SekolahAsync(npsn, Batal)).Nilai.NamaKepala);

    private static Task<string?> Sekali(Dictionary<string, Task<string?>> tersimpan, string kunci, Func<Task<string?>> baca)
    {
        if (!tersimpan.TryGetValue(kunci, out var nama))
        {
            tersimpan[kunci] = nama = Aman(baca);
        }

        return nama;
    }

    private static async Task<string?> Aman(Func<Task<string?>> baca)
    {
        try
        {
            return await baca();
        }
        catch (Exception e) when (e is HalamanTidakDitemukanException or TidakBerwenangException or ApiException or HttpRequestException)
        {
            return null;
        }
    }
}
