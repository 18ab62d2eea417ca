namespace Kinerja.Web.Tests;

using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A teacher's whole year through the browser against the real processes: the SKP's five parts, returned
/// with a note and fixed, agreed, every cycle step, rated and finalised; the teacher sees the result.
/// A phone (360×740, the SKP done with the keyboard alone) and a desktop (1280×800) go through it at once.
/// </summary>
[Collection("web")]
public sealed class PerjalananTahunTests(SistemWeb sistem)
{
    [Fact]
    public async Task a_year_from_plan_to_predikat_on_a_phone_and_on_a_desktop()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 2);
        // the principal's own plan, agreed by their penilai-ks: each teacher's RHK names one of its RHK (the cascade)
        using var kepalaApi = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var atasan = await sistem.Api.RencanaKepalaDisepakatiAsync(kepalaApi, SistemWeb.Wilayah, DateTime.Now.Year, CancellationToken.None);
        await Task.WhenAll(
            SetahunAsync(sekolah.Npsn, sekolah.Kepala, sekolah.Guru[0], atasan, 360, 740, "ponsel", keyboard: true),
            SetahunAsync(sekolah.Npsn, sekolah.Kepala, sekolah.Guru[1], atasan, 1280, 800, "desktop", keyboard: false));
    }

    private async Task SetahunAsync(string npsn, OrangDemo kepala, OrangDemo guru, Guid atasan, int lebar, int tinggi, string layar, bool keyboard)
    {
        var g = await sistem.HalamanAsync(lebar, tinggi);
        var k = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(g, guru.Nip, "guru", npsn);
        await Expect(g.GetByText("Data Anda sudah padan")).ToBeVisibleAsync();
        // the person by name, as DataPegawai knows them, never by the token's id alone
        await Expect(g.Locator("#pengguna")).ToContainTextAsync($"{guru.Nama} · Guru · ");
        await Expect(g.Locator("#pengguna")).Not.ToContainTextAsync(guru.Nip);
        await Orang.PeriksaAsync(g, $"{layar}-guru-beranda");

        // 1. the five parts: the teacher's data reaches Perencanaan by message, so "Mulai" may need a second try
        await Orang.MulaiSkpAsync(g);
        if (keyboard)
        {
            await IsiSkpDenganKeyboardAsync(g);
        }
        else
        {
            await IsiSkpDenganKlikAsync(g, layar);
        }

        await Expect(g.GetByRole(AriaRole.Heading, new() { Name = "Rangkuman SKP" })).ToBeVisibleAsync();
        await Expect(g.Locator(".intervensi")).ToContainTextAsync("mengintervensi");
        await Orang.PeriksaAsync(g, $"{layar}-skp-rangkuman");
        await g.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        await g.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));
        await Expect(g.Locator("#konfirmasi")).ToContainTextAsync($"SKP Anda sudah diajukan. Kepala sekolah {kepala.Nama} akan memeriksanya");
        await Orang.PeriksaAsync(g, $"{layar}-skp-diajukan");
        await g.GotoAsync("/");
        await Expect(g.GetByText("Diajukan, menunggu persetujuan")).ToBeVisibleAsync();

        // 2. the principal returns it with a note; the teacher sees the note, fixes and resubmits
        await Orang.MasukAsync(k, kepala.Nip, "kepala-sekolah", npsn);
        await Orang.PeriksaAsync(k, $"{layar}-kepala-beranda");
        // the school's list narrows by name (the other journey's teacher shares the school)
        var daftar = k.Locator("section[aria-labelledby=guru-sekolah] tbody tr");
        await Expect(daftar).ToHaveCountAsync(2);
        await k.GetByLabel("Cari nama atau NIP").FillAsync(guru.Nama[..^1].ToLowerInvariant() + guru.Nama[^1..]);
        await k.GetByLabel("Cari nama atau NIP").PressAsync("Enter");
        await Expect(daftar).ToHaveCountAsync(1);
        await Expect(daftar).ToContainTextAsync(guru.Nama);
        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        // whose plan it is, before any button
        await Expect(k.Locator("#nama-pegawai")).ToContainTextAsync($"{guru.Nama} · NIP {guru.Nip}");
        await k.GetByLabel("Catatan untuk guru").FillAsync("Target hasil kerja belum terukur; sebutkan persentasenya.");
        await Orang.PeriksaAsync(k, $"{layar}-kepala-tinjau-skp");
        await k.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=kembalikan$"));
        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync($"SKP {guru.Nama} dikembalikan dengan catatan Anda");
        await k.GotoAsync("/");

        await g.ReloadAsync();
        await Expect(g.GetByText("Target hasil kerja belum terukur")).ToBeVisibleAsync();
        await g.GetByRole(AriaRole.Link, new() { Name = "Lanjutkan SKP" }).ClickAsync();
        await Expect(g.Locator("#catatan-pengembalian")).ToContainTextAsync("sebutkan persentasenya");
        await g.GetByRole(AriaRole.Link, new() { Name = "Ubah Hasil kerja" }).ClickAsync();
        await g.GetByLabel("Target").First.FillAsync("90% pertemuan tertib");
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        await g.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));

        // 3. agreed
        await k.ReloadAsync();
        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        await Expect(k.GetByText("90% pertemuan tertib")).ToBeVisibleAsync();
        if (!keyboard)
        {
            await Expect(k.Locator(".rangkuman")).ToContainTextAsync("Aspek: Kualitas");
        }

        // the principal's ekspektasi khusus, written before agreeing, kept with the plan
        await k.Locator("#ekspektasi-khusus textarea").First.FillAsync("Memimpin kesepakatan kelas setiap Senin.");
        await k.GetByRole(AriaRole.Button, new() { Name = "Simpan ekspektasi" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=ekspektasi$"));
        await Expect(k.Locator(".rangkuman")).ToContainTextAsync("Memimpin kesepakatan kelas setiap Senin.");
        await k.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=setujui$"));
        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync($"SKP {guru.Nama} sudah disepakati");
        await Orang.PeriksaAsync(k, $"{layar}-kepala-skp-disepakati");

        // the principal's own plan lists, under the RHK it names, the teacher's RHK, by the teacher's name
        await k.GotoAsync($"/skp/{atasan}");
        await Expect(k.Locator("#intervensi")).ToContainTextAsync(guru.Nama);
        await Orang.PeriksaAsync(k, $"{layar}-kepala-intervensi");
        await k.GotoAsync("/");

        // 4. the cycle: A by the teacher, confirmed, B and C by the principal, D and E by the teacher, confirmed
        await g.ReloadAsync();
        await Orang.TungguTeksAsync(g, "Buka siklus");
        await g.GetByRole(AriaRole.Link, new() { Name = "Buka siklus" }).ClickAsync();
        var jadwal = await PersiapanAsync(g);
        await Orang.PeriksaAsync(g, $"{layar}-siklus-persiapan");
        await LangkahAsync(g, "Kirim ke kepala sekolah", "Konfirmasi jadwal observasi");
        // whose turn, by name; steps A–E done, current, to come
        await Expect(g.Locator("#giliran")).ToHaveTextAsync($"Menunggu {kepala.Nama}");
        await Expect(g.Locator(".langkah-siklus [aria-current=step]")).ToContainTextAsync("Persiapan");
        await Expect(g.Locator(".langkah-siklus li.nanti")).ToHaveCountAsync(4);

        var siklus = new Uri(g.Url).GetLeftPart(UriPartial.Path);
        await k.GotoAsync(siklus);
        await Expect(k.Locator("#giliran")).ToHaveTextAsync("Giliran Anda");
        await Expect(k.Locator("#nama-pegawai")).ToContainTextAsync(guru.Nama);
        await LangkahAsync(k, "Konfirmasi jadwal", "B. Observasi kinerja");
        await Orang.PeriksaAsync(k, $"{layar}-siklus-observasi");
        // the form opens at the agreed time, not before: the principal comes back to it then
        if (jadwal - DateTimeOffset.UtcNow > TimeSpan.FromSeconds(5))
        {
            await Expect(k.Locator("#observasi-belum-dibuka")).ToContainTextAsync("WIB");
            await Expect(k.GetByLabel("Rekomendasi")).ToHaveCountAsync(0);
        }

        await Orang.WaitUntilAsync(k, k.GetByLabel("Rekomendasi"), "the observation form at the agreed time",
            jadwal - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60));
        // each level says what it means, and the sub-indicator its definition from the catalog
        await Expect(k.GetByText("Perilaku ini terlihat secara konsisten dan berdampak pada peserta didik.").First).ToBeVisibleAsync();
        await Expect(k.Locator("#definisi-sub-indikator")).ToContainTextAsync("Keteraturan Suasana Kelas");
        await Orang.PeriksaAsync(k, $"{layar}-siklus-rubrik");
        var rubrik = k.Locator("fieldset");
        for (var i = 0; i < await rubrik.CountAsync(); i++)
        {
            await rubrik.Nth(i).GetByLabel("Dilakukan dan efektif").CheckAsync();
            await rubrik.Nth(i).GetByLabel("Catatan").FillAsync("Terlihat dalam pembelajaran.");
        }

        await k.GetByLabel("Rekomendasi").FillAsync("Pertahankan kesepakatan kelas.");
        await LangkahAsync(k, "Simpan observasi", "C. Diskusi tindak lanjut");
        foreach (var (label, isi) in new[] { ("Tantangan yang dihadapi", "Kelas besar"), ("Tujuan perbaikan", "Kelas tertib"),
                     ("Langkah perbaikan", "Kesepakatan kelas"), ("Jadwal", "Februari"), ("Dukungan yang dibutuhkan", "Pendampingan") })
        {
            await k.GetByLabel(label, new() { Exact = true }).FillAsync(isi);
        }

        await LangkahAsync(k, "Kirim ke guru", "D. Upaya tindak lanjut");

        await g.ReloadAsync();
        // step D's activities by their whole text, grouped by what the teacher does
        await Expect(g.Locator(".kelompok", new() { HasText = "Menjadi peserta" })).ToHaveCountAsync(1);
        await g.GetByLabel("berbagi praktik baik bagi penggerak komunitas belajar", new() { Exact = false }).CheckAsync();
        await Orang.PeriksaAsync(g, $"{layar}-siklus-upaya");
        await g.Locator("#tanggal-0").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await g.Locator("#deskripsi-0").FillAsync("Mengikuti komunitas belajar sekolah.");
        await LangkahAsync(g, "Simpan dan lanjut ke refleksi", "E. Refleksi tindak lanjut");
        foreach (var (label, isi) in new[] { ("Apa yang menginspirasi", "Rekan sejawat"), ("Perubahan yang terjadi", "Kelas lebih tertib"),
                     ("Tantangan", "Waktu"), ("Strategi selanjutnya", "Refleksi rutin") })
        {
            await g.GetByLabel(label, new() { Exact = true }).FillAsync(isi);
        }

        await LangkahAsync(g, "Kirim ke kepala sekolah", "Konfirmasi refleksi");

        await k.ReloadAsync();
        await LangkahAsync(k, "Konfirmasi dan selesaikan siklus", "Siklus selesai");

        // 5. rated and finalised: the assessment opens by message once the cycle is complete
        await k.GotoAsync("/");
        // this teacher's row: the other journey runs in the same school and may be ready first
        var baris = k.Locator("tr", new() { HasText = guru.Nama });
        await Orang.WaitUntilAsync(k, baris.GetByText("Siap dinilai"), $"{guru.Nama} siap dinilai");
        await baris.GetByRole(AriaRole.Link, new() { Name = $"Beri nilai {guru.Nama}" }).ClickAsync();
        // the evidence is at hand: the agreed plan, the observation and the reflection
        await Expect(k.Locator("#bahan-skp")).ToContainTextAsync("Kelas tertib dan kondusif");
        await Expect(k.Locator("#bahan-siklus")).ToContainTextAsync("Pertahankan kesepakatan kelas.");
        await Expect(k.Locator("#bahan-siklus")).ToContainTextAsync("Refleksi rutin");
        await Expect(k.Locator("#bahan-siklus")).ToContainTextAsync("berbagi praktik baik bagi penggerak komunitas belajar");
        await k.GetByRole(AriaRole.Group, new() { Name = "Hasil kerja" }).GetByLabel("Sesuai ekspektasi").CheckAsync();
        await k.GetByRole(AriaRole.Group, new() { Name = "Perilaku kerja" }).GetByLabel("Sesuai ekspektasi").CheckAsync();
        await k.GetByLabel("Umpan balik untuk guru").FillAsync("Terus kembangkan komunikasi positif.");
        await k.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(k.Locator("#status-penilaian")).ToHaveTextAsync("Dinilai, belum ditetapkan");
        // before finalising, the principal sees what Tetapkan would fix
        await Expect(k.Locator("#pratinjau-predikat")).ToHaveTextAsync("Baik");
        await Expect(k.Locator("#pratinjau-angka-kredit")).ToHaveTextAsync("37,5");
        await Orang.PeriksaAsync(k, $"{layar}-kepala-penilaian");
        // Tetapkan cannot be undone: it is asked once more, on its own page, with whose result and what it fixes
        await k.GetByRole(AriaRole.Link, new() { Name = "Lanjut ke penetapan" }).ClickAsync();
        await Expect(k.GetByRole(AriaRole.Heading, new() { Name = "Tetapkan penilaian" })).ToBeVisibleAsync();
        await Expect(k.Locator("#nama-pegawai")).ToContainTextAsync(guru.Nama);
        await Expect(k.Locator("#pratinjau-predikat")).ToHaveTextAsync("Baik");
        await Expect(k.Locator("#tidak-dapat-dibatalkan")).ToContainTextAsync("tidak dapat dibatalkan");
        await Orang.PeriksaAsync(k, $"{layar}-kepala-tetapkan");
        await k.GetByRole(AriaRole.Button, new() { Name = "Tetapkan" }).ClickAsync();
        await Expect(k.Locator("#predikat")).ToHaveTextAsync("Baik");

        // 6. the teacher sees predikat and angka kredit (AhliMadya: 37,5 × 100 % × 12/12)
        await g.GotoAsync("/");
        await Expect(g.Locator(".predikat")).ToHaveTextAsync("Baik");
        await Expect(g.GetByText("37,5")).ToBeVisibleAsync();
        await g.GetByRole(AriaRole.Link, new() { Name = "Lihat hasil" }).ClickAsync();
        await Expect(g.Locator("#angka-kredit")).ToHaveTextAsync("37,5");
        await Expect(g.GetByText("Terus kembangkan komunikasi positif.")).ToBeVisibleAsync();
        await Orang.PeriksaAsync(g, $"{layar}-guru-hasil");
        await g.GetByRole(AriaRole.Link, new() { Name = "Riwayat" }).ClickAsync();
        await Expect(g.GetByText("Predikat ditetapkan")).ToBeVisibleAsync();
        await Orang.PeriksaAsync(g, $"{layar}-guru-riwayat");
        await g.Context.CloseAsync();
        await k.Context.CloseAsync();
    }

    /// <summary>Submits a cycle step and expects the next one; a refusal is reported with what the page said.</summary>
    private static async Task LangkahAsync(IPage page, string tombol, string tahapBerikut)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = tombol }).ClickAsync();
        var tahap = page.Locator("#tahap-siklus");
        await Expect(tahap.GetByText(tahapBerikut, new() { Exact = true }).Or(page.Locator("#pemberitahuan"))).ToBeVisibleAsync();
        Assert.True(await tahap.InnerTextAsync() == tahapBerikut, $"Still at '{await tahap.InnerTextAsync()}': {await page.Locator("main").InnerTextAsync()}");
        // what was done, and what comes next
        await Expect(page.Locator("#konfirmasi")).ToContainTextAsync(tahapBerikut == "Siklus selesai" ? "Siklus selesai" : $"Berikutnya: {tahapBerikut}");
    }

    private static async Task IsiSkpDenganKlikAsync(IPage g, string layar)
    {
        await g.GetByLabel("melaksanakan pembelajaran").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Keteraturan Suasana Kelas").CheckAsync();
        await Orang.PeriksaAsync(g, $"{layar}-skp-praktik-kinerja");
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Lingkungan pembelajaran yang aman dan nyaman bagi peserta didik").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Kolaboratif").CheckAsync();
        await g.GetByLabel("Berorientasi Pelayanan").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.Locator("input[name='Isi.Rencana[0].Kode']").First.CheckAsync();
        await g.GetByLabel("Indikator").First.FillAsync("Kelas tertib dan kondusif");
        await g.GetByLabel("Kualitas", new() { Exact = true }).CheckAsync();
        await g.GetByLabel("Target").First.FillAsync("80%");
        await g.Locator("input[name='Isi.Rencana[0].Atasan']").First.CheckAsync();
        await Orang.PeriksaAsync(g, $"{layar}-skp-hasil-kerja");
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
    }

    /// <summary>Tab, Space and typing only: the SKP can be completed without a pointer.</summary>
    private static async Task IsiSkpDenganKeyboardAsync(IPage g)
    {
        async Task PilihAsync(string selector)
        {
            await Orang.TabKeAsync(g, selector);
            await g.Keyboard.PressAsync("Space");
        }

        async Task SimpanAsync(string berikut)
        {
            await Orang.TabKeAsync(g, "button[type=submit].utama");
            await g.Keyboard.PressAsync("Enter");
            await g.WaitForURLAsync(new Regex(berikut));
        }

        // the first radio of a group takes focus by Tab; Space selects it
        await PilihAsync("input[name='Isi.Kode']");
        await SimpanAsync("/bagian/praktik-kinerja$");
        await PilihAsync("input[name='Isi.Kode']");
        await SimpanAsync("/bagian/pengembangan-kompetensi$");
        await PilihAsync("input[name='Isi.Kode']");
        await SimpanAsync("/bagian/perilaku-kerja$");
        await PilihAsync("#aspek-BO");
        await SimpanAsync("/bagian/hasil-kerja$");
        await PilihAsync("input[name='Isi.Rencana[0].Kode']");
        await Orang.TabKeAsync(g, "#rhk-indikator-0");
        await g.Keyboard.TypeAsync("Kelas tertib dan kondusif");
        await Orang.TabKeAsync(g, "#rhk-target-0");
        await g.Keyboard.TypeAsync("80%");
        await PilihAsync("input[name='Isi.Rencana[0].Atasan']");
        await SimpanAsync("/skp/[0-9a-f-]+$");
    }

    /// <summary>Step A with an observation time a minute or two ahead (the field takes minutes), in WIB as the page says.</summary>
    private static async Task<DateTimeOffset> PersiapanAsync(IPage g)
    {
        await Expect(g.Locator("#tahap-siklus")).ToHaveTextAsync("A. Diskusi persiapan");
        var targets = g.Locator("input[name='Isi.Persiapan.Target']");
        for (var i = 0; i < await targets.CountAsync(); i++)
        {
            await targets.Nth(i).CheckAsync();
        }

        await g.GetByLabel("Upaya yang akan dilakukan").FillAsync("Menyepakati aturan kelas bersama peserta didik.");
        var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var sekarang = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, wib);
        var jadwal = new DateTimeOffset(sekarang.Year, sekarang.Month, sekarang.Day, sekarang.Hour, sekarang.Minute, 0, sekarang.Offset).AddMinutes(1);
        if (jadwal - sekarang < TimeSpan.FromSeconds(20))
        {
            jadwal = jadwal.AddMinutes(1);
        }

        await g.GetByLabel("Jadwal observasi").FillAsync(jadwal.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        return jadwal;
    }
}
