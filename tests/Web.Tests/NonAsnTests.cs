namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A non-ASN teacher (no NIP; known by NUPTK) imported from Dapodik and Dukcapil only goes through the year (driven
/// through the API), then signs in and reads their result: a predikat, and no angka kredit.
/// </summary>
[Collection("web")]
public sealed class NonAsnTests(SistemWeb sistem)
{
    [Fact]
    public async Task a_non_asn_teachers_beranda_and_result_show_the_predikat_without_angka_kredit()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var nuptk = $"77{Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999)}";
        var id = $"nuptk:{nuptk}";
        var nik = $"{SistemWeb.Wilayah}0147079{Random.Shared.Next(1, 9)}{Random.Shared.Next(1000, 9999)}";
        using (var op = await sistem.Api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: SistemWeb.Wilayah))
        {
            await ImporAsync(op, "dapodik", $"nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n{nik},,{nuptk},Ayu Lestari,199{nik[11]}-07-07,P,{sekolah.Npsn},guru\n");
            await ImporAsync(op, "dukcapil", $"nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n{nik},AYU LESTARI,199{nik[11]}-07-07,P,Sumarni\n");
        }

        await SistemWeb.WaitUntilAsync(async () =>
            await sistem.QueryAsync<string>("penilaian", "select id from mt_doc_pegawailokal where id = $1", id) == id
            && await sistem.QueryAsync<string>("perencanaan", "select id from mt_doc_pegawailokal where id = $1", id) == id,
            "Perencanaan and Penilaian knowing the non-ASN teacher");
        using var guru = await sistem.Api.SebagaiAsync(id, "guru", sekolah.Npsn);
        using var kepala = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, guru, kepala: false);
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{skp}/setujui", null));
        var skpId = skp[(skp.LastIndexOf('/') + 1)..];
        await JalurApi.SiklusSelesaiAsync(guru, kepala, skpId);
        await JalurApi.DitetapkanAsync(kepala, skpId);

        var g = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(g, id, "guru", sekolah.Npsn);
        await Expect(g.GetByText("padan antara Dapodik dan Dukcapil (guru non-ASN)")).ToBeVisibleAsync();
        var hasil = g.Locator("section[aria-labelledby=hasil-saya]");
        await Expect(hasil.Locator(".predikat")).ToHaveTextAsync("Baik");
        await Expect(g.Locator("#tanpa-angka-kredit")).ToContainTextAsync("Tanpa angka kredit");
        await Expect(hasil).Not.ToContainTextAsync("Angka kredit:");
        await Orang.PeriksaAsync(g, "ponsel-non-asn-beranda");

        await hasil.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(g.Locator("#angka-kredit")).ToContainTextAsync("Tanpa angka kredit");
        await Expect(g.GetByText($"NUPTK {nuptk} (non-ASN)")).ToBeVisibleAsync();
        await Orang.PeriksaAsync(g, "ponsel-non-asn-penilaian");
        await g.Context.CloseAsync();
    }

    private static async Task ImporAsync(HttpClient op, string sumber, string isi)
    {
        using var diterima = await op.PostAsync($"/api/pegawai/impor/{sumber}", new StringContent(isi, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, diterima.StatusCode);
        JsonElement job = default;
        await SistemWeb.WaitUntilAsync(async () =>
            (job = await op.GetFromJsonAsync<JsonElement>(diterima.Headers.Location)).GetProperty("status").GetString() == "Selesai", $"import {sumber}");
        Assert.True(job.GetProperty("diterima").GetInt64() == 1, job.ToString());
    }
}
