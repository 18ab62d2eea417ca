namespace Kinerja.EndToEnd.Tests.MasukanBuruk;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.Testing;

/// <summary>
/// Issue 7's sweep, through the gateway, against every write endpoint: whatever is wrong with a request,
/// the answer is a 4xx problem naming what is wrong, never a 5xx, and no event is stored.
/// </summary>
public sealed class MasukanBurukTests(SistemMasukanBuruk sistem) : IClassFixture<SistemMasukanBuruk>
{
    public static TheoryData<string, string, string> MedanBuruk()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var t in TitikTulis.Semua)
        {
            foreach (var (medan, jenis) in t.Medan)
            {
                foreach (var (kasus, _) in TitikTulis.NilaiBuruk(jenis))
                {
                    data.Add(t.Nama, medan, kasus);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> Titik() => new(TitikTulis.Semua.Select(t => t.Nama));

    [Theory]
    [MemberData(nameof(MedanBuruk))]
    public async Task a_wrong_field_is_a_400_naming_it_and_nothing_is_stored(string titik, string medan, string kasus)
    {
        var t = TitikTulis.Semua.Single(x => x.Nama == titik);
        var nilai = TitikTulis.NilaiBuruk(t.Medan.Single(m => m.Medan == medan).Jenis).Single(n => n.Nama == kasus).Nilai();

        var problem = await TolakAsync(t, JsonContent(t.Dengan(medan, nilai).ToJsonString()), HttpStatusCode.BadRequest);

        var errors = problem.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        Assert.True(errors.Any(k => k.Contains(TitikTulis.Daun(medan), StringComparison.OrdinalIgnoreCase)),
            $"errors should name {medan}: {problem}");
    }

    [Theory]
    [MemberData(nameof(Titik))]
    public async Task a_broken_body_is_a_4xx_problem_and_nothing_is_stored(string titik)
    {
        var t = TitikTulis.Semua.Single(x => x.Nama == titik);

        await TolakAsync(t, JsonContent("""{"kode": """), HttpStatusCode.BadRequest);
        await TolakAsync(t, JsonContent("[1, 2]"), HttpStatusCode.BadRequest);
        await TolakAsync(t, JsonContent("{}"), HttpStatusCode.BadRequest);
        await TolakAsync(t, JsonContent(""), HttpStatusCode.BadRequest);
        await TolakAsync(t, new StringContent(t.Badan, Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType);
        // as a client uploading something big does: Expect 100-continue, so the 413 arrives before the body is sent
        await TolakAsync(t, JsonContent($$"""{"x":"{{new string('a', 2 * 1024 * 1024)}}"}"""), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [MemberData(nameof(Titik))]
    public async Task without_a_valid_token_every_write_is_401_and_nothing_is_stored(string titik)
    {
        var t = TitikTulis.Semua.Single(x => x.Nama == titik);
        var options = new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey };
        var nip = NipDari(t.Pemanggil);
        var role = t.Pemanggil switch { Pemanggil.Operator => Peran.OperatorDinas, Pemanggil.Kepala => Peran.KepalaSekolah, _ => Peran.Guru };
        var tokens = new Dictionary<string, string?>
        {
            ["none"] = null,
            ["garbage"] = "bukan.sebuah.token",
            ["forged"] = Token.Palsu(nip, role),
            ["expired"] = new TokenIssuer(options, new Jam(DateTimeOffset.UtcNow.AddHours(-3))).Issue(nip, [role], sistem.Npsn, SistemMasukanBuruk.Wilayah, TimeSpan.FromHours(1)),
            ["wrong audience"] = new TokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey, Audience = "sistem-lain" }).Issue(nip, [role], sistem.Npsn, SistemMasukanBuruk.Wilayah),
            ["wrong issuer"] = new TokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey, Issuer = "penerbit-lain" }).Issue(nip, [role], sistem.Npsn, SistemMasukanBuruk.Wilayah),
        };

        foreach (var (jenis, token) in tokens)
        {
            using var client = new HttpClient { BaseAddress = sistem.Gateway.BaseAddress };
            if (token is not null)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var sebelum = await sistem.JejakAsync(t.Layanan);
            var response = await KirimAsync(client, t, JsonContent(t.Badan));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{jenis} token on {t.Nama}: {(int)response.StatusCode}");
            Assert.Equal(sebelum, await sistem.JejakAsync(t.Layanan));
        }
    }

    [Theory]
    [MemberData(nameof(Titik))]
    public async Task invalid_unknown_and_someone_elses_ids_are_4xx_and_nothing_is_stored(string titik)
    {
        var t = TitikTulis.Semua.Single(x => x.Nama == titik);
        if (t.Path.Contains("{skp", StringComparison.Ordinal))
        {
            await TolakAsync(t with { Path = Ganti(t.Path, "bukan-guid") }, JsonContent(t.Badan), HttpStatusCode.NotFound);
            await TolakAsync(t with { Path = Ganti(t.Path, Guid.NewGuid().ToString()) }, JsonContent(t.Badan), HttpStatusCode.NotFound);
            // the other teacher's object: not theirs, so it does not exist for them
            var lain = t.Path.Contains("{skpA}", StringComparison.Ordinal) ? sistem.SkpB : sistem.SkpA;
            var pemanggilLain = t.Pemanggil switch { Pemanggil.GuruA or Pemanggil.GuruC => Pemanggil.GuruB, Pemanggil.GuruB => Pemanggil.GuruA, var p => p };
            if (pemanggilLain != t.Pemanggil)
            {
                await TolakAsync(t with { Pemanggil = pemanggilLain }, JsonContent(t.Badan), HttpStatusCode.NotFound);
            }
            else
            {
                await TolakAsync(t with { Path = Ganti(t.Path, lain.ToString()) }, JsonContent(t.Badan), HttpStatusCode.Conflict, HttpStatusCode.NotFound);
            }
        }
        else if (t.Path.Contains("{npsn}", StringComparison.Ordinal))
        {
            var problem = await TolakAsync(t with { Path = t.Path.Replace("{npsn}", "12AB", StringComparison.Ordinal) }, JsonContent(t.Badan), HttpStatusCode.BadRequest);
            Assert.Contains("npsn", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }
        else if (t.Path.Contains("{nipA}", StringComparison.Ordinal))
        {
            var problem = await TolakAsync(t with { Path = t.Path.Replace("{nipA}", "1987", StringComparison.Ordinal) }, JsonContent(t.Badan), HttpStatusCode.BadRequest);
            Assert.Contains("nip", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
            await TolakAsync(t with { Path = t.Path.Replace("{nipA}", "196001011990011001", StringComparison.Ordinal) }, JsonContent(t.Badan), HttpStatusCode.NotFound);
        }
        else
        {
            // POST /skp: the caller's own plan, no id to get wrong; a second plan for the period is a conflict
            await TolakAsync(t, JsonContent(t.Badan), HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task a_role_that_may_not_is_refused_and_nothing_is_stored()
    {
        // a guru on operator routes: 403, the role may never do this
        foreach (var t in TitikTulis.Semua.Where(t => t.Pemanggil == Pemanggil.Operator))
        {
            await TolakAsync(t with { Pemanggil = Pemanggil.GuruA }, JsonContent(t.Badan), HttpStatusCode.Forbidden);
        }

        // a guru on the principal's routes of their own plan and cycle, a principal on the teacher's steps
        foreach (var t in TitikTulis.Semua.Where(t => t.Pemanggil == Pemanggil.Kepala))
        {
            var guru = t.Path.Contains("{skpA}", StringComparison.Ordinal) ? Pemanggil.GuruA : Pemanggil.GuruB;
            await TolakAsync(t with { Pemanggil = guru }, JsonContent(t.Badan), HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }

        foreach (var t in TitikTulis.Semua.Where(t => t.Pemanggil is Pemanggil.GuruB or Pemanggil.GuruC))
        {
            await TolakAsync(t with { Pemanggil = Pemanggil.Kepala }, JsonContent(t.Badan), HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task a_bad_import_is_refused_whole_or_row_by_row_and_nothing_of_it_is_stored()
    {
        var impor = new TitikTulis("impor", "POST", "/api/pegawai/impor/dapodik", "datapegawai", Pemanggil.Operator, "");
        const string header = "nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n";

        var sumber = await TolakAsync(impor with { Path = "/api/pegawai/impor/sekolah" }, new StringContent(header, Encoding.UTF8, "text/csv"), HttpStatusCode.BadRequest);
        Assert.Contains("sumber", sumber.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var jenis = await TolakAsync(impor, new StringContent("<pegawai/>", Encoding.UTF8, "application/xml"), HttpStatusCode.BadRequest);
        Assert.Contains("Content-Type", jenis.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var berkas = await TolakAsync(impor, new StringContent("bukan,header,yang,benar\n1,2,3,4\n", Encoding.UTF8, "text/csv"), HttpStatusCode.BadRequest);
        Assert.Contains("berkas", berkas.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await TolakAsync(impor, JsonContent("""[{"nik": 3273, "nama": """), HttpStatusCode.BadRequest);

        // a well-formed file of bad rows: accepted as a job, every row refused with its reason, nothing stored
        var sebelum = await sistem.JejakAsync("datapegawai");
        var baris = string.Join("\n",
            $"3273015707870002,{SistemMasukanBuruk.GuruA},,Sari\u0000Utami,1987-07-17,P,{sistem.Npsn},guru",
            $"3273015707870002,{SistemMasukanBuruk.GuruA},,{new string('a', 5000)},1987-07-17,P,{sistem.Npsn},guru",
            $"３２７３０１５７０７８７０００２,{SistemMasukanBuruk.GuruA},,Sari Utami,1987-07-17,P,{sistem.Npsn},guru",
            $"3273015707870002,١٩٨٧٠٧١٧٢٠١٢٠١٢٠٠٢,,Sari Utami,1987-07-17,P,{sistem.Npsn},guru",
            $"3273015707870002,{SistemMasukanBuruk.GuruA},,Sari Utami,1987-02-30,P,{sistem.Npsn},guru");
        var response = await KirimAsync(sistem.Op, impor, new StringContent(header + baris + "\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        JsonElement job = default;
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            job = await sistem.Op.GetFromJsonAsync<JsonElement>(response.Headers.Location);
            return job.GetProperty("status").GetString() != "Berjalan";
        }, "import of bad rows finished");
        Assert.Equal(0, job.GetProperty("diterima").GetInt32());
        Assert.Equal(5, job.GetProperty("ditolak").GetArrayLength());
        Assert.All(job.GetProperty("ditolak").EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("alasan").GetString())));
        Assert.Equal(sebelum, await sistem.JejakAsync("datapegawai"));
    }

    [Fact]
    public async Task non_latin_free_text_is_kept_exactly_and_multi_line_text_is_allowed()
    {
        // Indonesian teachers write in Latin script, but a Pendidikan Agama Islam teacher quotes Arabic and
        // a name may carry any letter: free text is stored as sent; codes and ids stay ASCII (above)
        const string catatan = "Perbaiki target.\nاقرأ — 读书 — Ẹ̀kọ́ — ñ";
        var skp = $"/api/perencanaan/skp/{sistem.SkpA}";
        var nama = "SD Negeri Ñusantara — مدرسة";

        await Tahan.Ok(sistem.Op.KirimAsync(ApiDataPegawai.Sekolah(sistem.Npsn, new SimpanSekolah(nama, SistemMasukanBuruk.Wilayah))), HttpStatusCode.OK);
        await Tahan.Ok(sistem.A.KirimAsync(ApiSkp.HasilKerja(Kinerja.Demo.KlienDemo.IdDari(skp), new IsiHasilKerja([new IsiRencana("RHK-G-A", catatan, "٩٠٪")]))), HttpStatusCode.OK);

        var sekolah = await sistem.Op.GetFromJsonAsync<JsonElement>($"/api/sekolah/{sistem.Npsn}");
        Assert.Equal(nama, sekolah.GetProperty("nama").GetString());
        var rencana = (await sistem.A.GetFromJsonAsync<JsonElement>(skp)).GetProperty("hasilKerja")[0];
        Assert.Equal(catatan, rencana.GetProperty("indikator").GetString());
        Assert.Equal("٩٠٪", rencana.GetProperty("target").GetString());
    }

    /// <summary>Sends, expects one of <paramref name="harapan"/> as a problem, and that the service stored no event.</summary>
    private async Task<JsonElement> TolakAsync(TitikTulis t, HttpContent content, params HttpStatusCode[] harapan)
    {
        var sebelum = await sistem.JejakAsync(t.Layanan);
        var response = await KirimAsync(Klien(t.Pemanggil), t, content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(harapan.Contains(response.StatusCode),
            $"{t.Metode} {t.Path}: expected {string.Join(" or ", harapan.Select(h => (int)h))}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 600)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.TryGetProperty("detail", out var d) ? d.GetString() : problem.GetProperty("title").GetString()));
        Assert.Equal(sebelum, await sistem.JejakAsync(t.Layanan));
        return problem;
    }

    /// <summary>As a frontend would: a 429 from the gateway's per-user limit is waited out and sent again.</summary>
    private async Task<HttpResponseMessage> KirimAsync(HttpClient client, TitikTulis t, HttpContent content)
    {
        var isi = await content.ReadAsByteArrayAsync();
        while (true)
        {
            using var request = new HttpRequestMessage(new HttpMethod(t.Metode), Path(t)) { Content = new ByteArrayContent(isi) };
            request.Headers.ExpectContinue = isi.Length > 1024 * 1024;
            if (content.Headers.ContentType is { } type)
            {
                request.Content.Headers.ContentType = type;
            }

            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    private string Path(TitikTulis t) => t.Path
        .Replace("{npsn}", sistem.Npsn, StringComparison.Ordinal)
        .Replace("{skpA}", sistem.SkpA.ToString(), StringComparison.Ordinal)
        .Replace("{skpB}", sistem.SkpB.ToString(), StringComparison.Ordinal)
        .Replace("{skpC}", sistem.SkpC.ToString(), StringComparison.Ordinal)
        .Replace("{nipA}", SistemMasukanBuruk.GuruA, StringComparison.Ordinal);

    private static string Ganti(string path, string id) =>
        path.Replace("{skpA}", id, StringComparison.Ordinal).Replace("{skpB}", id, StringComparison.Ordinal).Replace("{skpC}", id, StringComparison.Ordinal);

    private HttpClient Klien(Pemanggil p) => p switch
    {
        Pemanggil.Operator => sistem.Op,
        Pemanggil.Kepala => sistem.KepalaSekolah,
        Pemanggil.GuruA => sistem.A,
        Pemanggil.GuruB => sistem.B,
        _ => sistem.C,
    };

    private static string NipDari(Pemanggil p) => p switch
    {
        Pemanggil.Operator => SistemMasukanBuruk.Operator,
        Pemanggil.Kepala => SistemMasukanBuruk.Kepala,
        Pemanggil.GuruA => SistemMasukanBuruk.GuruA,
        Pemanggil.GuruB => SistemMasukanBuruk.GuruB,
        _ => SistemMasukanBuruk.GuruC,
    };

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    private sealed class Jam(DateTimeOffset kini) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => kini;
    }
}
