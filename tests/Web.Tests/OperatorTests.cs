namespace Kinerja.Web.Tests;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// An operator of a Dinas runs a new school's year from the browser: registers it, uploads the three registries'
/// files (30 people, 3 with disparitas, 2 rows malformed), resolves one disparitas, assigns the principal, watches the
/// Beranda's counts follow the plans being agreed, and downloads the e-Kinerja CSV. Each screen size has a wilayah
/// of its own, so the counts it asserts are its own whatever else the shared system runs.
/// </summary>
[Collection("web")]
public sealed class OperatorTests(SistemWeb sistem)
{
    private const string NipOperator = "199001012015011001";

    [Theory]
    [InlineData(1280, 800, "desktop", "3274")]
    [InlineData(360, 740, "ponsel", "3275")]
    public async Task an_operator_registers_a_school_imports_it_resolves_assigns_watches_progress_and_exports(int lebar, int tinggi, string layar, string wilayah)
    {
        var o = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(o, NipOperator, "operator-dinas", null, wilayah);
        var npsn = $"{20_400_000 + Random.Shared.Next(90_000)}";
        var nama = $"SMP Operator {layar}";

        // 1. register the school
        await o.GetByRole(AriaRole.Link, new() { Name = "Sekolah", Exact = true }).ClickAsync();
        await Expect(o.GetByRole(AriaRole.Heading, new() { Name = "Sekolah", Exact = true })).ToBeVisibleAsync();
        await o.GetByLabel("NPSN sekolah").FillAsync(npsn);
        await o.GetByLabel("Nama sekolah").FillAsync(nama);
        await o.GetByRole(AriaRole.Button, new() { Name = "Daftarkan sekolah" }).ClickAsync();
        await Expect(o.GetByRole(AriaRole.Heading, new() { Name = nama })).ToBeVisibleAsync();
        await Orang.PeriksaAsync(o, $"{layar}-operator-sekolah");

        // 2. the three files, uploaded as a person picks them; the progress, then the counts and the rejected rows
        var orang = Enumerable.Range(0, 30).Select(i => new OrangDemo($"{(i % 2 == 0 ? "Dewi" : "Agus")} Op{layar}{i:00}", i % 2 == 0,
            new DateOnly(1975 + (i % 20), 1 + (i % 12), 1 + i), "AhliPertama", (int.Parse(wilayah, CultureInfo.InvariantCulture) % 10 * 100) + i)).ToList();
        var kepala = orang[0];
        var (dapodik, siasn, dukcapil) = Berkas(npsn, nama, wilayah, orang);
        await UnggahAsync(o, "Dapodik", "dapodik.csv", dapodik, diterima: 30, ditolak: 2);
        await Expect(o.Locator("section[aria-labelledby=ditolak]")).ToContainTextAsync("NIK");
        await Orang.PeriksaAsync(o, $"{layar}-operator-impor-ditolak");
        var unduhan = await o.RunAndWaitForDownloadAsync(() => o.GetByRole(AriaRole.Link, new() { Name = "Unduh baris yang ditolak (CSV)" }).ClickAsync());
        var ditolakCsv = (await File.ReadAllLinesAsync((await unduhan.PathAsync())!)).ToList();
        Assert.Equal("baris,alasan", ditolakCsv[0]);
        Assert.Equal(3, ditolakCsv.Count);
        Assert.All(ditolakCsv.Skip(1), l => Assert.Matches(@"^\d+,.+", l));
        await UnggahAsync(o, "SI-ASN", "siasn.csv", siasn, diterima: 30, ditolak: 0);
        await UnggahAsync(o, "Dukcapil", "dukcapil.csv", dukcapil, diterima: 29, ditolak: 0);
        await o.GotoAsync("/impor");
        await Expect(o.Locator("table tbody tr")).ToHaveCountAsync(3);
        await Orang.PeriksaAsync(o, $"{layar}-operator-impor");

        // 3. the three with disparitas, listed first when filtered; one resolved from the side-by-side view
        await o.GetByRole(AriaRole.Link, new() { Name = "Pegawai", Exact = true }).ClickAsync();
        // issue 25, item 1: the school by its name, not only its NPSN; the list names it too
        await o.GetByLabel("Sekolah (nama atau NPSN)").FillAsync(nama);
        await o.GetByLabel("Status padan").SelectOptionAsync("BelumPadan");
        await o.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        await Expect(o.Locator("table tbody tr")).ToHaveCountAsync(3);
        await Expect(o.Locator("table tbody tr").First).ToContainTextAsync($"{nama} ({npsn})");
        await Orang.PeriksaAsync(o, $"{layar}-operator-pegawai");
        await o.GetByRole(AriaRole.Link, new() { Name = orang[1].Nama }).ClickAsync();
        // the name row: Dapodik against SI-ASN and Dukcapil, each of the three marked
        await Expect(o.Locator("#tabel-sumber td.beda")).ToHaveCountAsync(3);
        // issue 25, item 1: which source differs is seen, not only heard
        await Expect(o.Locator("#tabel-sumber td.beda .lencana").First).ToBeVisibleAsync();
        await Expect(o.Locator("#tabel-sumber td.beda").First).ToContainTextAsync("berbeda");
        await Orang.PeriksaAsync(o, $"{layar}-operator-pegawai-rinci");
        // repaired by choosing a source's value, not by typing it; nothing chosen is said and nothing is stored
        await o.GetByLabel("Alasan").FillAsync("Ejaan di Dapodik salah ketik; sesuai KTP.");
        await o.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Expect(o.Locator("fieldset .galat-isian")).ToBeVisibleAsync();
        await Expect(o.Locator("#status-padan")).ToHaveTextAsync("Belum padan");
        await o.GetByLabel("menurut Dukcapil").CheckAsync();
        await o.GetByLabel("Alasan").FillAsync("Ejaan di Dapodik salah ketik; sesuai KTP.");
        await o.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Expect(o.Locator(".banner.berhasil")).ToContainTextAsync("Disparitas diselesaikan");
        await Expect(o.Locator("#status-padan")).ToHaveTextAsync("Padan");
        await Expect(o.GetByText("Disparitas diselesaikan operator")).ToBeVisibleAsync();

        // 4. the principal
        // issue 25, item 1: found among the school's padan pegawai by name, and read by name and NIP before saving
        await o.GotoAsync($"/sekolah/{npsn}");
        await o.GetByRole(AriaRole.Textbox, new() { Name = "Cari pegawai sekolah ini" }).FillAsync(kepala.Nama);
        await o.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        var pilihan = o.GetByRole(AriaRole.Radio, new() { Name = kepala.Nama });
        await Expect(pilihan).ToHaveCountAsync(1);
        await Expect(o.Locator($"label[for='calon-{kepala.Nip}']")).ToContainTextAsync(kepala.Nip);
        await pilihan.CheckAsync();
        await Orang.PeriksaAsync(o, $"{layar}-operator-pilih-kepala");
        await o.GetByRole(AriaRole.Button, new() { Name = "Tugaskan kepala sekolah" }).ClickAsync();
        await Expect(o.Locator("#kepala-saat-ini")).ToContainTextAsync(kepala.Nip);
        await Expect(o.Locator(".linimasa")).ToContainTextAsync("Kepala sekolah ditugaskan");

        // 5. the Beranda follows the plans: none agreed, then two (driven through the API), each number a link
        await o.GotoAsync("/");
        await Expect(o.Locator("#jendela-perencanaan")).ToContainTextAsync("Masa penyusunan SKP");
        await Expect(SelSkp(o, "Disepakati")).ToHaveTextAsync("0");
        await Orang.PeriksaAsync(o, $"{layar}-operator-beranda-awal");
        using var k = await sistem.Api.SebagaiAsync(kepala.Nip, "kepala-sekolah", npsn);
        var guru = new[] { orang[4], orang[5] };
        var skp = new List<string>();
        foreach (var g in guru)
        {
            using var klien = await sistem.Api.SebagaiAsync(g.Nip, "guru", npsn);
            var path = await JalurApi.SkpDiajukanAsync(sistem.Api, klien, kepala: false);
            await KlienDemo.BerhasilAsync(k.PostAsync($"{path}/setujui", null));
            skp.Add(path);
        }

        await Orang.WaitUntilAsync(o, SelSkp(o, "Disepakati").GetByText("2", new() { Exact = true }), "two agreed plans on the Beranda");
        await Orang.PeriksaAsync(o, $"{layar}-operator-beranda");
        await SelSkp(o, "Disepakati").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(o.Locator("table tbody tr")).ToHaveCountAsync(2);
        await Orang.PeriksaAsync(o, $"{layar}-operator-daftar-skp");
        await o.GotoAsync($"/sekolah?cari={npsn}");
        await Expect(o.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Expect(o.Locator("table tbody")).ToContainTextAsync($"NIP {kepala.Nip}");
        await Orang.PeriksaAsync(o, $"{layar}-operator-daftar-sekolah");

        // 6. one teacher's year finalised; the e-Kinerja CSV has exactly that row
        var id = skp[0][(skp[0].LastIndexOf('/') + 1)..];
        using (var g0 = await sistem.Api.SebagaiAsync(guru[0].Nip, "guru", npsn))
        {
            await JalurApi.SiklusSelesaiAsync(g0, k, id);
        }

        await JalurApi.DitetapkanAsync(k, id);
        await o.GetByRole(AriaRole.Link, new() { Name = "Laporan", Exact = true }).ClickAsync();
        await Orang.WaitUntilAsync(o, o.Locator("#jumlah-feed").Filter(new() { HasNotTextRegex = new Regex("^0$") }), "the finalised predikat in the feed");
        await Expect(o.Locator("#jumlah-feed")).ToHaveTextAsync("1");
        // issue 25, item 2: the region by its name, and the feed in an operator's words, with when the last result came
        await Expect(o.Locator("#pilih-tahun")).ToContainTextAsync($"{NamaWilayah[wilayah]} ({wilayah})");
        await Expect(o.Locator("#feed-terakhir")).ToContainTextAsync(DateTime.Now.Year.ToString(CultureInfo.InvariantCulture));
        await Expect(o.Locator("main")).Not.ToContainTextAsync("Posisi terakhir");
        // issue 25, item 3: every label whole, the table behind "Lihat tabel", and a desktop that uses its width
        var predikat = o.Locator("section[aria-labelledby=laporan-predikat]");
        await Expect(predikat.Locator(".batang-daftar .label", new() { HasText = "Kurang (Misconduct)" })).ToBeVisibleAsync();
        Assert.True(await predikat.Locator(".batang-daftar .label").EvaluateAllAsync<bool>("ls => ls.every(l => l.scrollWidth <= l.clientWidth)"),
            "a chart label is cut");
        await Expect(predikat.Locator("table")).Not.ToBeVisibleAsync();
        await predikat.GetByText("Lihat tabel").ClickAsync();
        await Expect(predikat.Locator("table")).ToBeVisibleAsync();
        if (lebar >= 1280)
        {
            Assert.True(await o.Locator("main").EvaluateAsync<double>("m => m.getBoundingClientRect().width") >= 1200, "the desktop layout leaves its width unused");
        }
        await Orang.PeriksaAsync(o, $"{layar}-operator-laporan");
        var ekspor = await o.RunAndWaitForDownloadAsync(() => o.Locator("#unduh-csv").ClickAsync());
        var csv = (await File.ReadAllLinesAsync((await ekspor.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("nip,", csv[0], StringComparison.Ordinal);
        var baris = Assert.Single(csv.Skip(1));
        Assert.StartsWith($"{guru[0].Nip},1,{DateTime.Now.Year},12,{DateTime.Now.Year},SESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI,Baik,5,{kepala.Nip},0,", baris, StringComparison.Ordinal);
        // with the angka kredit and koefisien of the teacher's jenjang, three and two decimals
        Assert.Matches(@",0,[0-9]+\.[0-9]{3},[0-9]+\.[0-9]{2},$", baris);
        // the agreed plans for e-Kinerja (issue 30, item 7): one row per RHK, the two teachers' plans among them
        var skpEkspor = await o.RunAndWaitForDownloadAsync(() => o.Locator("#unduh-skp-csv").ClickAsync());
        var skpCsv = (await File.ReadAllLinesAsync((await skpEkspor.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("posisi,nip,tahun,peran,npsn,penilai_nip,disepakati_pada,rhk_ke,kode_rhk,rhk,indikator,target,aspek,", skpCsv[0], StringComparison.Ordinal);
        Assert.Contains(skpCsv, l => l.Contains($",{guru[0].Nip},{DateTime.Now.Year},guru,{npsn},{kepala.Nip},", StringComparison.Ordinal));
        await o.Context.CloseAsync();
    }

    /// <summary>The count of one SKP status beside its bar in the Beranda's SKP card.</summary>
    private static ILocator SelSkp(IPage page, string status) =>
        page.Locator("section[aria-labelledby=tahap-skp] .batang-daftar li")
            .Filter(new() { Has = page.Locator(".label", new() { HasTextRegex = new Regex($"^{Regex.Escape(status)}$") }) }).Locator(".nilai");

    private static async Task UnggahAsync(IPage o, string sumber, string namaBerkas, string isi, int diterima, int ditolak)
    {
        await o.GotoAsync("/impor");
        await o.GetByLabel(sumber, new() { Exact = true }).CheckAsync();
        await o.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = namaBerkas, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(isi) });
        await o.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await o.WaitForURLAsync(new Regex(@"/impor/[0-9a-f-]{36}$"));
        await Expect(o.Locator("#bilah-kemajuan")).ToBeVisibleAsync();
        // the page's script follows the job and reloads the page when it ends
        await Expect(o.Locator("#status-impor")).ToHaveTextAsync("Selesai", new() { Timeout = 60_000 });
        await Expect(o.Locator("#bilah-kemajuan")).ToHaveAttributeAsync("value", "100");
        await Expect(o.Locator("#jumlah-diterima")).ToHaveTextAsync(diterima.ToString(CultureInfo.InvariantCulture));
        await Expect(o.Locator("#jumlah-ditolak")).ToHaveTextAsync(ditolak.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The registries' files: everyone agrees except person 1 (Dapodik misspells the name), person 2 (SI-ASN has
    /// another birth date) and person 3 (missing from Dukcapil); Dapodik has two malformed rows at its end.
    /// </summary>
    /// <summary>The two wilayah of this test as Kemendagri names them.</summary>
    private static readonly Dictionary<string, string> NamaWilayah = new() { ["3274"] = "Kota Cirebon", ["3275"] = "Kota Bekasi" };

    private static (string Dapodik, string Siasn, string Dukcapil) Berkas(string npsn, string nama, string wilayah, List<OrangDemo> orang)
    {
        var (dapodik, siasn, dukcapil) = OrangDemo.Berkas(npsn, nama, wilayah, orang);
        var d = dapodik.TrimEnd('\n').Split('\n').ToList();
        d[2] = d[2].Replace(orang[1].Nama, orang[1].Nama + "h", StringComparison.Ordinal);
        d.Add($"12345,{orang[0].Nip[..17]}9,,Salah Satu,1980-01-01,L,{npsn},guru");
        d.Add($"{orang[4].NikDi(wilayah)[..15]}9,,,Salah Dua,bukan-tanggal,L,{npsn},guru");
        var s = siasn.TrimEnd('\n').Split('\n').ToList();
        var lahir = orang[2].Lahir.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        s[3] = s[3].Replace(lahir, orang[2].Lahir.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var c = dukcapil.TrimEnd('\n').Split('\n').ToList();
        c.RemoveAt(4);
        return (string.Join('\n', d) + '\n', string.Join('\n', s) + '\n', string.Join('\n', c) + '\n');
    }
}
