namespace Kinerja.Demo;

using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// A first run that shows something (issue 11): one wilayah, one school, its principal and five padan
/// teachers at different stages of this year, loaded through the public API. Only into a new data folder,
/// or one an earlier demo made (marked by <c>demo</c> in it); never into a folder holding real data.
/// </summary>
public static class DataDemo
{
    public const string Wilayah = "3273";
    public const string Npsn = "20219001";
    public const string NamaSekolah = "SD Negeri Demo 1";
    private const string Penanda = "demo";

    public static readonly OrangDemo Kepala = new("Budi Santoso", false, new DateOnly(1975, 4, 12), "AhliMadya", 1);

    public static readonly IReadOnlyList<(OrangDemo Orang, string Tahap)> Guru =
    [
        (new("Siti Aminah", true, new DateOnly(1985, 3, 15), "AhliMuda", 2), "belum mulai SKP"),
        (new("Dewi Lestari", true, new DateOnly(1990, 11, 2), "AhliPertama", 3), "SKP diisi sebagian"),
        (new("Agus Hidayat", false, new DateOnly(1988, 6, 21), "AhliMuda", 4), "SKP diajukan"),
        (new("Rina Kurniawati", true, new DateOnly(1983, 9, 9), "AhliMadya", 5), "siklus di langkah B"),
        (new("Joko Saputra", false, new DateOnly(1980, 1, 30), "AhliMadya", 6), "selesai, predikat ditetapkan"),
    ];

    public enum Keputusan { TanpaDemo, Muat, SudahAda }

    /// <summary>Whether this start loads the demo, given <c>--demo</c> and what is in the data folder.</summary>
    /// <exception cref="InvalidOperationException">--demo asked of a folder that holds data of its own.</exception>
    public static Keputusan Putuskan(string dataFolder, bool diminta, bool serverSendiri)
    {
        if (!serverSendiri)
        {
            return diminta ? throw new InvalidOperationException("--demo needs the AppHost's own PostgreSQL (no ConnectionStrings:postgres).") : Keputusan.TanpaDemo;
        }

        if (File.Exists(Path.Combine(dataFolder, Penanda)))
        {
            return Keputusan.SudahAda;
        }

        var baru = !Directory.Exists(Path.Combine(dataFolder, "postgres"));
        if (baru)
        {
            return Keputusan.Muat;
        }

        return diminta
            ? throw new InvalidOperationException($"{dataFolder} holds data that is not the demo's; it is left alone. Use --DataFolder with a new folder for the demo.")
            : Keputusan.TanpaDemo;
    }

    /// <summary>The planning window open all year, so the demo's plans can be written on any day.</summary>
    public static IDictionary<string, string> EnvLayanan => new Dictionary<string, string>
    {
        ["Periode__Perencanaan__Mulai"] = "01-01",
        ["Periode__Perencanaan__Selesai"] = "12-31",
    };

    /// <summary>The sign-in picker's identities (<c>Masuk:Demo</c> of Web).</summary>
    public static IDictionary<string, string> EnvWeb()
    {
        var env = new Dictionary<string, string>();
        var semua = new List<(string Nama, string Nip, string Peran, string? Npsn, string? Wilayah, string Ket)>
        {
            (Kepala.Nama, Kepala.Nip, "kepala-sekolah", Npsn, null, NamaSekolah),
        };
        semua.AddRange(Guru.Select(g => (g.Orang.Nama, g.Orang.Nip, "guru", (string?)Npsn, (string?)null, g.Tahap)));
        semua.Add(("Operator Dinas Demo", "199001012015011001", "operator-dinas", null, Wilayah, $"wilayah {Wilayah}"));
        semua.Add(("Penilai KS Demo", KlienDemo.PenilaiKs, "penilai-ks", null, Wilayah, $"wilayah {Wilayah}"));
        for (var i = 0; i < semua.Count; i++)
        {
            var (nama, nip, peran, npsn, wilayah, ket) = semua[i];
            env[$"Masuk__Demo__{i}__Nama"] = nama;
            env[$"Masuk__Demo__{i}__Nip"] = nip;
            env[$"Masuk__Demo__{i}__Peran"] = peran;
            env[$"Masuk__Demo__{i}__Npsn"] = npsn ?? "";
            env[$"Masuk__Demo__{i}__Wilayah"] = wilayah ?? "";
            env[$"Masuk__Demo__{i}__Keterangan"] = ket;
        }

        return env;
    }

    public static async Task MuatAsync(string gatewayUrl, string dataFolder, Action<string> say, CancellationToken ct)
    {
        var api = new KlienDemo(gatewayUrl);
        var tahun = DateTime.Now.Year;
        // marked first: a folder whose demo load failed half-way is still the demo's, never taken for real data
        await File.WriteAllTextAsync(Path.Combine(dataFolder, Penanda), "This data folder holds Kinerja's demo data (src/Demo).\n", ct);
        say($"loading demo data through the API: {NamaSekolah} ({Npsn}), wilayah {Wilayah}, period {tahun}…");
        await api.SekolahAsync(Npsn, NamaSekolah, Wilayah, Kepala, Guru.Select(g => g.Orang).ToList(), ct);
        using var kepala = await api.SebagaiAsync(Kepala.Nip, "kepala-sekolah", Npsn, ct: ct);
        // the principal's plan first: every teacher's RHK names one of its RHK
        var atasan = await api.RencanaKepalaDisepakatiAsync(kepala, Wilayah, tahun, ct);

        // Siti: nothing yet. Dewi: a draft.
        using (var dewi = await api.SebagaiAsync(Guru[1].Orang.Nip, "guru", Npsn, ct: ct))
        {
            var skp = await api.SkpAsync(dewi, tahun, ct);
            await KlienDemo.BerhasilAsync(dewi.PutAsJsonAsync($"{skp}/tugas-pokok", new { kode = "TP-B" }, ct));
        }

        // Agus: submitted, waiting on the principal
        using (var agus = await api.SebagaiAsync(Guru[2].Orang.Nip, "guru", Npsn, ct: ct))
        {
            var skp = await api.SkpAsync(agus, tahun, ct);
            await KlienDemo.IsiSkpAsync(agus, skp, atasan, ct);
            await KlienDemo.BerhasilAsync(agus.PostAsync($"{skp}/ajukan", null, ct));
        }

        var rina = await SiklusAsync(api, kepala, Guru[3].Orang, tahun, atasan, ct);
        var joko = await SiklusAsync(api, kepala, Guru[4].Orang, tahun, atasan, ct);
        await SiklusSelesaiAsync(joko.Guru, kepala, joko.Siklus, joko.Jadwal, ct);
        rina.Guru.Dispose();
        joko.Guru.Dispose();

        say("demo data loaded: sign in at /masuk with one of the listed people.");
    }

    /// <summary>Agreed, and the cycle's preparation confirmed: the observation (step B) is due.</summary>
    private static async Task<(HttpClient Guru, string Siklus, DateTimeOffset Jadwal)> SiklusAsync(KlienDemo api, HttpClient kepala, OrangDemo orang,
        int tahun, Guid atasan, CancellationToken ct)
    {
        var guru = await api.SebagaiAsync(orang.Nip, "guru", Npsn, ct: ct);
        var skp = await api.SkpAsync(guru, tahun, ct);
        await KlienDemo.IsiSkpAsync(guru, skp, atasan, ct);
        await KlienDemo.BerhasilAsync(guru.PostAsync($"{skp}/ajukan", null, ct));
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{skp}/setujui", null, ct));
        var (siklus, jadwal) = await PersiapanSiklusAsync(guru, kepala, skp, ct);
        return (guru, siklus, jadwal);
    }

    /// <summary>
    /// After the agreement: the cycle, once Observasi has opened it, prepared by the teacher and confirmed by the
    /// principal, its observation a few seconds ahead.
    /// </summary>
    public static async Task<(string Siklus, DateTimeOffset Jadwal)> PersiapanSiklusAsync(HttpClient guru, HttpClient kepala, string skp, CancellationToken ct)
    {
        var siklus = $"/api/observasi/siklus/{skp[(skp.LastIndexOf('/') + 1)..]}";
        // the last answer says which part kept it shut: 404, Observasi has not opened it; 503, the gateway or the service
        System.Net.HttpStatusCode? terakhir = null;
        try
        {
            await KlienDemo.WaitUntilAsync(async () =>
            {
                using var r = await guru.GetAsync(siklus, ct);
                terakhir = r.StatusCode;
                return r.IsSuccessStatusCode;
            }, "the cycle opening", ct);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} The last answer to GET {siklus}: {(int?)terakhir}.", ex);
        }

        var jadwal = DateTimeOffset.UtcNow.AddSeconds(3);
        await KlienDemo.BerhasilAsync(guru.PostAsJsonAsync($"{siklus}/persiapan",
            new { target = new[] { "KOM", "ATR" }, upaya = "Menyepakati aturan kelas bersama peserta didik.", jadwal }, ct));
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{siklus}/persiapan/konfirmasi", null, ct));
        return (siklus, jadwal);
    }

    /// <summary>The observation, the follow-up and the reflection, then the rating: the year ends with a predikat.</summary>
    /// <returns>The assessment's path.</returns>
    public static async Task<string> SiklusSelesaiAsync(HttpClient guru, HttpClient kepala, string siklus, DateTimeOffset jadwal, CancellationToken ct)
    {
        var tunggu = jadwal - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        if (tunggu > TimeSpan.Zero)
        {
            await Task.Delay(tunggu, ct);
        }

        await KlienDemo.BerhasilAsync(kepala.PostAsJsonAsync($"{siklus}/observasi", new
        {
            rubrik = new[]
            {
                new { perilaku = "KOM", level = "DilakukanEfektif", catatan = "Komunikasi hangat dan jelas." },
                new { perilaku = "ATR", level = "DilakukanBelumEfektif", catatan = "Aturan kelas belum konsisten." },
                new { perilaku = "KEL", level = "DilakukanEfektif", catatan = "Kelompok belajar berganti peran." },
            },
            rekomendasi = "Tegakkan kesepakatan kelas sejak awal pelajaran.",
        }, ct));
        await KlienDemo.BerhasilAsync(kepala.PostAsJsonAsync($"{siklus}/diskusi-tindak-lanjut",
            new { tantangan = "Kelas besar", tujuan = "Kelas tertib", langkah = "Kesepakatan kelas", jadwal = "Februari", dukungan = "Pendampingan" }, ct));
        await KlienDemo.BerhasilAsync(guru.PostAsJsonAsync($"{siklus}/upaya-tindak-lanjut",
            new { kegiatan = new[] { new { jenis = "a", tanggal = DateOnly.FromDateTime(DateTime.Today), deskripsi = "Mengikuti komunitas belajar" } } }, ct));
        await KlienDemo.BerhasilAsync(guru.PostAsJsonAsync($"{siklus}/refleksi",
            new { inspirasi = "Rekan sejawat", perubahan = "Kelas lebih tertib", tantangan = "Waktu", strategi = "Rutin refleksi" }, ct));
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{siklus}/refleksi/konfirmasi", null, ct));

        var penilaian = siklus.Replace("/api/observasi/siklus/", "/api/penilaian/", StringComparison.Ordinal);
        await KlienDemo.WaitUntilAsync(async () =>
        {
            using var r = await kepala.GetAsync(penilaian, ct);
            return r.IsSuccessStatusCode && (await r.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString() == "SiapDinilai";
        }, "the assessment becoming ready", ct);
        await KlienDemo.BerhasilAsync(kepala.PostAsJsonAsync($"{penilaian}/nilai",
            new { hasilKerja = "DiAtasEkspektasi", perilakuKerja = "SesuaiEkspektasi", umpanBalik = "Pertahankan komunikasi positif di kelas." }, ct));
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{penilaian}/tetapkan", null, ct));
        return penilaian;
    }
}
