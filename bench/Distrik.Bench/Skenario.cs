namespace Kinerja.Bench.Distrik;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.Testing.DataSintetis;

/// <summary>
/// One kabupaten/kota's year, as its people would do it through a frontend: the operator registers the
/// schools and their principals and imports the three sources; then every teacher plans (one in ten has
/// the plan returned once and resubmits), the principal agrees, the two go through the five cycle steps,
/// and the principal rates and finalises.
/// </summary>
public sealed class Skenario(Uri dasar, HttpMessageHandler handler, Pencatat catat, string wilayah, int tahun)
{
    private static readonly TokenIssuer Penerbit = new(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey });
    private static readonly string[] Rating = ["SesuaiEkspektasi", "SesuaiEkspektasi", "DiAtasEkspektasi", "DiBawahEkspektasi"];
    private readonly ConcurrentDictionary<string, HttpClient> _kepala = new();

    public Pencatat Catat => catat;

    public static string KepalaDari(int sekolah) =>
        $"{new DateOnly(1968, 1, 1).AddDays(sekolah * 7 % 3650):yyyyMMdd}1995031{sekolah % 999 + 1:000}";

    public HttpClient Klien(string nip, string role, string? npsn = null, string? wilayahKlien = null)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = dasar, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Penerbit.Issue(nip, [role], npsn, wilayahKlien));
        return client;
    }

    private HttpClient Kepala(string npsn, int sekolah) =>
        _kepala.GetOrAdd(npsn, _ => Klien(KepalaDari(sekolah), Peran.KepalaSekolah, npsn));

    /// <summary>The schools, and their principals: padan pegawai of the wilayah (all three sources), then each given their school.</summary>
    public async Task SekolahAsync(int jumlah)
    {
        var op = Klien("198001012005011001", Peran.OperatorDinas, wilayahKlien: wilayah);
        await Parallel.ForAsync(0, jumlah, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var npsn = GeneratorData.NpsnSekolah(i);
            await catat.KirimAsync("sekolah.simpan", () => op.PutAsJsonAsync($"/api/sekolah/{npsn}", new { nama = $"SD Negeri {i + 1}", wilayah }), HttpStatusCode.Created);
        });

        var baris = Enumerable.Range(0, jumlah).Select(i => GeneratorData.BarisPadan(wilayah, GeneratorData.NpsnSekolah(i), KepalaDari(i))).ToList();
        static string Gabung(IEnumerable<string> berkas) =>
            string.Concat(berkas.Select((b, i) => i == 0 ? b : b[(b.IndexOf('\n') + 1)..]));
        await ImporBerkasAsync(op, "dapodik", Gabung(baris.Select(b => b.Dapodik)));
        await ImporBerkasAsync(op, "siasn", Gabung(baris.Select(b => b.Siasn)));
        await ImporBerkasAsync(op, "dukcapil", Gabung(baris.Select(b => b.Dukcapil)));

        await Parallel.ForAsync(0, jumlah, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await catat.KirimAsync("sekolah.kepala", () => op.PutAsJsonAsync($"/api/sekolah/{GeneratorData.NpsnSekolah(i)}/kepala", new { nip = KepalaDari(i), plt = false })));
    }

    /// <summary>The three sources for <paramref name="jumlah"/> teachers, imported; the teachers as Dapodik knows them.</summary>
    public async Task<IReadOnlyList<OrangSintetis>> ImporAsync(int jumlah, int perSekolah, int seed)
    {
        var op = Klien("198001012005011001", Peran.OperatorDinas, wilayahKlien: wilayah);
        using var dapodik = new StringWriter(CultureInfo.InvariantCulture);
        using var siasn = new StringWriter(CultureInfo.InvariantCulture);
        using var dukcapil = new StringWriter(CultureInfo.InvariantCulture);
        var orang = new GeneratorData(seed, wilayah, perSekolah).Tulis(jumlah, dapodik, siasn, dukcapil, hanyaKasus: Kasus.Bersih).ToList();
        foreach (var (sumber, isi) in new[] { ("dapodik", dapodik), ("siasn", siasn), ("dukcapil", dukcapil) })
        {
            await ImporBerkasAsync(op, sumber, isi.ToString());
        }

        return orang;
    }

    private async Task ImporBerkasAsync(HttpClient op, string sumber, string isi)
    {
        var response = await catat.KirimAsync("pegawai.impor", () => op.PostAsync($"/api/pegawai/impor/{sumber}",
            new StringContent(isi, Encoding.UTF8, "text/csv")), HttpStatusCode.Accepted);
        while (true)
        {
            var job = await op.GetFromJsonAsync<JsonElement>(response.Headers.Location);
            var status = job.GetProperty("status").GetString();
            if (status == "Selesai")
            {
                return;
            }

            if (status == "Gagal")
            {
                throw new InvalidOperationException($"import {sumber} failed: {job}");
            }

            await Task.Delay(200);
        }
    }

    public async Task TahunAsync(OrangSintetis o, int nomor, int perSekolah)
    {
        using var guru = Klien(o.Nip, Peran.Guru, o.Npsn);
        var kepala = Kepala(o.Npsn, nomor / perSekolah);
        var dibuat = await catat.KirimAsync("skp.buat", () => guru.PostAsJsonAsync("/api/perencanaan/skp", new { tahun }), HttpStatusCode.Created);
        var skp = dibuat.Headers.Location!.ToString();
        var id = Kinerja.Demo.KlienDemo.IdDari(skp);
        // each request of the plan timed on its own: the one way a plan is filled (ContohSkp), sent one by one
        Task Kirim(string jenis, HttpClient oleh, Permintaan p) => catat.KirimAsync(jenis, () => oleh.SendAsync(ApiKlien.Pesan(p)));
        foreach (var bagian in ContohSkp.Isi(id, kepala: false, target: "85%"))
        {
            await Kirim("skp.bagian", guru, bagian);
        }

        await Kirim("skp.ajukan", guru, ApiSkp.Ajukan(id));
        if (nomor % 10 == 0)
        {
            await Kirim("skp.kembalikan", kepala, ApiSkp.Kembalikan(id, new Pengembalian("Naikkan targetnya.")));
            await Kirim("skp.bagian", guru, ContohSkp.Isi(id, kepala: false, target: "95%")[^1]);
            await Kirim("skp.ajukan", guru, ApiSkp.Ajukan(id));
        }

        await Kirim("skp.setujui", kepala, ApiSkp.Setujui(id));

        var siklus = $"/api/observasi/siklus/{id}";
        await WaitUntilAsync(guru, siklus, _ => true);
        // the observation is scheduled as the request is sent, 2 s ahead: with 1 s, a request that waited longer than
        // that on a saturated machine arrived with its time already past and was rightly refused (3 of 34,573 once)
        var jadwal = DateTimeOffset.UtcNow;
        await catat.KirimAsync("siklus.persiapan", () =>
        {
            jadwal = DateTimeOffset.UtcNow.AddSeconds(2);
            return guru.PostAsJsonAsync($"{siklus}/persiapan", new { target = new[] { "KOM", "ATR" }, upaya = "Menyepakati aturan kelas.", jadwal });
        });
        await catat.KirimAsync("siklus.konfirmasi", () => kepala.PostAsync($"{siklus}/persiapan/konfirmasi", null));
        if (jadwal - DateTimeOffset.UtcNow is { Ticks: > 0 } sisa)
        {
            await Task.Delay(sisa + TimeSpan.FromMilliseconds(50));
        }

        var rubrik = new[] { "KOM", "KEL", "ATR" }.Select(p => new { perilaku = p, level = "DilakukanEfektif", catatan = "Terlihat." }).ToArray();
        await catat.KirimAsync("siklus.observasi", () => kepala.PostAsJsonAsync($"{siklus}/observasi", new { rubrik, rekomendasi = "Pertahankan." }));
        await catat.KirimAsync("siklus.diskusi", () => kepala.PostAsJsonAsync($"{siklus}/diskusi-tindak-lanjut", new { tantangan = "a", tujuan = "b", langkah = "c", jadwal = "Maret", dukungan = "d" }));
        await catat.KirimAsync("siklus.upaya", () => guru.PostAsJsonAsync($"{siklus}/upaya-tindak-lanjut", new { kegiatan = new[] { new { jenis = "a", tanggal = "2026-03-01", deskripsi = "Komunitas belajar." } } }));
        await catat.KirimAsync("siklus.refleksi", () => guru.PostAsJsonAsync($"{siklus}/refleksi", new { inspirasi = "a", perubahan = "b", tantangan = "c", strategi = "d" }));
        await catat.KirimAsync("siklus.konfirmasi", () => kepala.PostAsync($"{siklus}/refleksi/konfirmasi", null));

        var penilaian = $"/api/penilaian/{id}";
        await WaitUntilAsync(guru, penilaian, p => p.GetProperty("status").GetString() == "SiapDinilai");
        await catat.KirimAsync("penilaian.nilai", () => kepala.PostAsJsonAsync($"{penilaian}/nilai",
            new { hasilKerja = Rating[nomor % 4], perilakuKerja = Rating[nomor / 4 % 4], umpanBalik = "Terima kasih." }));
        await catat.KirimAsync("penilaian.tetapkan", () => kepala.PostAsync($"{penilaian}/tetapkan", null));
    }

    /// <summary>
    /// Eventual consistency as a person sees it: the next stage's page, read again after a while when it is not there
    /// yet (250 ms, then twice as long each time, at most 2 s), not every 100 ms: that polling was 37,740 reads, 11% of
    /// the machine's CPU, in a run of issue 14.
    /// </summary>
    private async Task WaitUntilAsync(HttpClient client, string path, Func<JsonElement, bool> siap)
    {
        var batas = DateTime.UtcNow.AddMinutes(2);
        var jeda = TimeSpan.FromMilliseconds(250);
        while (DateTime.UtcNow < batas)
        {
            catat.CatatBacaan();
            using var response = await client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK && siap(await response.Content.ReadFromJsonAsync<JsonElement>()))
            {
                return;
            }

            await Task.Delay(response.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(1) : jeda);
            jeda = TimeSpan.FromTicks(Math.Min(jeda.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }

        throw new TimeoutException($"{path} was not ready after 2 minutes");
    }
}
