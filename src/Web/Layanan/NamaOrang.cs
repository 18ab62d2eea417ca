namespace Kinerja.Web.Layanan;

using Kinerja.Klien;

/// <summary>
/// People's names for the pages, once per request: a pegawai's from DataPegawai (when the caller may read them), a
/// school's principal's from the school's read. Null when it cannot be read: the page then shows the NIP.
/// </summary>
public sealed class NamaOrang(PegawaiKlien pegawai, SekolahKlien sekolah, IHttpContextAccessor accessor)
{
    private readonly Dictionary<string, Task<string?>> _pegawai = [];
    private readonly Dictionary<string, Task<Sekolah?>> _sekolah = [];

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
    public async Task<string?> KepalaAsync(string npsn) => (await SekolahAsync(npsn))?.NamaKepala;

    /// <summary>
    /// Who rates a pegawai's plan, cycle or assessment: the head of the school, or the school's penilai-ks for a
    /// principal's and for the own plan of whoever heads the school (a Plt). Their name when the caller may read it.
    /// </summary>
    public async Task<(bool OlehPenilaiKs, string? Nama)> PenilaiAsync(string npsn, string pegawaiId, bool milikKepala)
    {
        var s = await SekolahAsync(npsn);
        return milikKepala || s?.Kepala?.Nip == pegawaiId ? (true, s?.NamaPenilai) : (false, s?.NamaKepala);
    }

    /// <summary>
    /// A rater's name by their NIP: as a pegawai where the caller may read them, else as the school's head or penilai-ks
    /// (a teacher may not read their principal's record, but the school tells them who heads it).
    /// </summary>
    public async Task<string?> PenilaiNamaAsync(string npsn, string nip)
    {
        if (await PegawaiAsync(nip) is { } nama)
        {
            return nama;
        }

        var s = await SekolahAsync(npsn);
        return s?.Kepala?.Nip == nip ? s.NamaKepala : s?.Penilai?.Nip == nip ? s.NamaPenilai : null;
    }

    /// <summary>The school's name, where the caller may read the school.</summary>
    public async Task<string?> SekolahNamaAsync(string npsn) => (await SekolahAsync(npsn))?.Nama;

    private Task<Sekolah?> SekolahAsync(string npsn) => Sekali(_sekolah, npsn, async () => (await sekolah.SekolahAsync(npsn, Batal)).Nilai);

    private static Task<T?> Sekali<T>(Dictionary<string, Task<T?>> tersimpan, string kunci, Func<Task<T?>> baca) where T : class
    {
        if (!tersimpan.TryGetValue(kunci, out var nama))
        {
            tersimpan[kunci] = nama = Aman(baca);
        }

        return nama;
    }

    private static async Task<T?> Aman<T>(Func<Task<T?>> baca) where T : class
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
