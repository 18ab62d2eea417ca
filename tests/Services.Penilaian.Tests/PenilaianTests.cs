namespace Kinerja.Penilaian.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.Klien;
using Kinerja.Testing;

public sealed class PenilaianTests(PenilaianApi api) : IClassFixture<PenilaianApi>
{
    private static int _nomor;

    private sealed record Kasus(string Npsn, string Kepala, string Guru, Guid Id, int Tahun);

    private async Task<Kasus> DibukaAsync(string jenjang = "AhliMadya", bool siklusSelesai = true, int tahun = 2026, string wilayah = "3273")
    {
        var n = Interlocked.Increment(ref _nomor);
        // NIPs of this project only: every test assembly's services hear the same broker
        var k = new Kasus($"2050{n:0000}", $"197303032000011{n:000}", $"199303032017012{n:000}", Guid.NewGuid(), tahun);
        await api.SeedAsync(k.Npsn, k.Kepala, k.Guru, jenjang, wilayah);
        await api.KirimAsync(new SkpDisepakati
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SkpId = k.Id, Nip = k.Guru, Tahun = tahun, Npsn = k.Npsn,
            PenilaiNip = k.Kepala, PraktikKinerja = "G-MK-1", Kompetensi = "PED-1", PerilakuKerja = ["KL"],
        });
        await SistemBerjalan.WaitUntilAsync(async () => (await Guru(k).GetAsync(Url(k))).StatusCode == HttpStatusCode.OK, "assessment opened");
        if (siklusSelesai)
        {
            await SelesaikanSiklusAsync(k);
        }

        return k;
    }

    private async Task SelesaikanSiklusAsync(Kasus k)
    {
        await api.KirimAsync(new SiklusSelesai
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, SiklusId = k.Id, SkpId = k.Id, Nip = k.Guru, Tahun = k.Tahun,
            RingkasanRubrik = [new RingkasanRubrik("KOM", "DilakukanEfektif")],
        });
        await SistemBerjalan.WaitUntilAsync(async () =>
            (await Guru(k).GetFromJsonAsync<JsonElement>(Url(k))).GetProperty("status").GetString() == "SiapDinilai", "cycle recorded");
    }

    private static string Url(Kasus k) => $"/api/penilaian/{k.Id}";

    private HttpClient Guru(Kasus k) => api.ClientWith(Token.Guru(k.Guru, k.Npsn));

    private HttpClient Kepala(Kasus k) => api.ClientWith(Token.Untuk(k.Kepala, "kepala-sekolah", npsn: k.Npsn));

    private HttpClient Operator(string wilayah = "3273") => api.ClientWith(Token.Operator(wilayah));

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> Gagal(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var r = await call;
        Assert.True(r.StatusCode == status, $"expected {status}, got {r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Permintaan Nilai(Kasus k, string hasil = "SesuaiEkspektasi", string perilaku = "SesuaiEkspektasi") =>
        ApiPenilaian.Nilai(k.Id, new IsiNilai(hasil, perilaku, "Pertahankan rutinitas kelas; perluas ke kelas lain."));

    [Fact]
    public async Task rate_finalise_and_correct_publish_to_a_plain_rabbitmq_subscriber()
    {
        // a regional system: its own durable queue, bound with RabbitMQ.Client, reading the JSON by hand
        await using var regional = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PredikatKinerjaDitetapkan",
            queue: $"bkd-3273-{Guid.NewGuid():n}", durable: true);
        var k = await DibukaAsync();

        await Ok(Kepala(k).KirimAsync(Nilai(k, "DiAtasEkspektasi", "DiAtasEkspektasi")));
        await Ok(Kepala(k).KirimAsync(Nilai(k)));
        var final = await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)));
        Assert.Equal("Baik", final.GetProperty("hasil").GetProperty("predikat").GetString());
        Assert.Equal(37.5m, final.GetProperty("hasil").GetProperty("angkaKredit").GetDecimal());

        var pertama = (await regional.WaitUntilAsync(m => m.GetProperty("penilaianId").GetGuid() == k.Id)).GetProperty("message");
        Assert.Equal(0, pertama.GetProperty("koreksiKe").GetInt32());
        Assert.Equal("Baik", pertama.GetProperty("predikat").GetString());
        // the wire's one fixed form (docs/events.md): a string with three decimals, read here as a subscriber reads it
        Assert.Equal("37.500", pertama.GetProperty("angkaKredit").GetString());
        Assert.Equal("37.500", pertama.GetProperty("koefisien").GetString());
        Assert.Equal(k.Kepala, pertama.GetProperty("penilaiNip").GetString());
        Assert.Equal("3273", pertama.GetProperty("wilayah").GetString());

        await Gagal(Kepala(k).KirimAsync(Nilai(k, "DiAtasEkspektasi")), HttpStatusCode.Conflict);
        await Gagal(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)), HttpStatusCode.Conflict);
        await Gagal(Kepala(k).KirimAsync(ApiPenilaian.Koreksi(k.Id, new IsiKoreksi("DiAtasEkspektasi", "DiAtasEkspektasi", null))), HttpStatusCode.BadRequest);
        var koreksi = await Ok(Kepala(k).KirimAsync(ApiPenilaian.Koreksi(k.Id, new IsiKoreksi("DiAtasEkspektasi", "DiAtasEkspektasi", "Bukti tambahan dari pengawas."))));
        Assert.Equal(1, koreksi.GetProperty("hasil").GetProperty("koreksiKe").GetInt32());

        var kedua = (await regional.WaitUntilAsync(m => m.GetProperty("penilaianId").GetGuid() == k.Id && m.GetProperty("koreksiKe").GetInt32() == 1)).GetProperty("message");
        Assert.Equal("SangatBaik", kedua.GetProperty("predikat").GetString());
        Assert.Equal("56.250", kedua.GetProperty("angkaKredit").GetString());
    }

    [Fact]
    public async Task a_teacher_who_now_heads_their_own_school_can_never_rate_finalise_or_correct_themself()
    {
        var k = await DibukaAsync();
        var id = k.Id;
        await api.JadikanKepalaAsync(k.Npsn, k.Guru);
        var diriSendiri = api.ClientWith(Token.Untuk(k.Guru, "kepala-sekolah", npsn: k.Npsn));
        var awal = await api.JumlahEventAsync(id);

        await Gagal(diriSendiri.KirimAsync(Nilai(k, "DiAtasEkspektasi", "DiAtasEkspektasi")), HttpStatusCode.Forbidden);
        await Gagal(diriSendiri.KirimAsync(ApiPenilaian.Tetapkan(k.Id)), HttpStatusCode.Forbidden);
        Assert.Equal(awal, await api.JumlahEventAsync(id));

        // finalised by the former principal, then the teacher heads the school again: no correction of their own
        await api.JadikanKepalaAsync(k.Npsn, k.Kepala);
        await Ok(Kepala(k).KirimAsync(Nilai(k)));
        await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)));
        await api.JadikanKepalaAsync(k.Npsn, k.Guru);
        var ditetapkan = await api.JumlahEventAsync(id);
        await Gagal(diriSendiri.KirimAsync(ApiPenilaian.Koreksi(k.Id, new IsiKoreksi("DiAtasEkspektasi", "DiAtasEkspektasi", "Saya menilai diri sendiri."))), HttpStatusCode.Forbidden);
        Assert.Equal(ditetapkan, await api.JumlahEventAsync(id));
        Assert.Equal("Baik", (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("hasil").GetProperty("predikat").GetString());
    }

    /// <summary>Issue 30, item 4: a teacher made Plt of their own school mid-year still reaches the end of the year.</summary>
    [Fact]
    public async Task the_own_assessment_of_a_plt_is_rated_and_finalised_by_the_schools_penilai_ks()
    {
        var k = await DibukaAsync();
        await api.JadikanKepalaAsync(k.Npsn, k.Guru);
        const string pengawas = "196303032000011001";
        await api.PenilaiAsync(k.Npsn, pengawas);
        var penilai = api.ClientWith(Token.Untuk(pengawas, "penilai-ks", wilayah: "3273"));
        var lain = api.ClientWith(Token.Untuk("196303032000011002", "penilai-ks", wilayah: "3273"));

        await Gagal(lain.KirimAsync(Nilai(k)), HttpStatusCode.NotFound);
        await Gagal(Kepala(k).KirimAsync(Nilai(k)), HttpStatusCode.NotFound);
        await Ok(penilai.KirimAsync(Nilai(k)));
        var hasil = (await Ok(penilai.KirimAsync(ApiPenilaian.Tetapkan(k.Id)))).GetProperty("hasil");
        Assert.Equal("Baik", hasil.GetProperty("predikat").GetString());
        Assert.Contains(k.Id, (await Ok(penilai.GetAsync("/api/penilaian?tahun=2026"))).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(k.Id, (await Ok(lain.GetAsync("/api/penilaian?tahun=2026"))).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task a_regions_queue_bound_with_its_kode_wilayah_receives_only_its_own_predikat()
    {
        await using var jawaBarat = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PredikatKinerjaDitetapkan", wilayah: "3204");
        await using var bandung = await BrokerSubscriber.StartAsync(api.Infra.RabbitMqConnection, api.Prefix, "PredikatKinerjaDitetapkan", wilayah: "3273");
        var diBandung = await DibukaAsync();
        var diKabBandung = await DibukaAsync(wilayah: "3204");

        // first 3273's, then 3204's: one queue receives in publish order, so once 3204's queue has its own it never had 3273's
        await Ok(Kepala(diBandung).KirimAsync(Nilai(diBandung)));
        await Ok(Kepala(diBandung).KirimAsync(ApiPenilaian.Tetapkan(diBandung.Id)));
        await bandung.WaitUntilAsync(m => m.GetProperty("nip").GetString() == diBandung.Guru);
        await Ok(Kepala(diKabBandung).KirimAsync(Nilai(diKabBandung)));
        await Ok(Kepala(diKabBandung).KirimAsync(ApiPenilaian.Tetapkan(diKabBandung.Id)));

        var pertama = await jawaBarat.WaitUntilAsync(_ => true);
        Assert.Equal(diKabBandung.Guru, pertama.GetProperty("message").GetProperty("nip").GetString());
        Assert.Equal("3204", pertama.GetProperty("message").GetProperty("wilayah").GetString());
    }

    [Fact]
    public async Task after_a_transfer_the_new_schools_principal_rates_and_the_former_one_cannot()
    {
        var k = await DibukaAsync();
        var n = Interlocked.Increment(ref _nomor);
        var npsnBaru = $"2050{n:0000}";
        var kepalaBaru = $"197303032000011{n:000}";
        await api.SeedAsync(npsnBaru, kepalaBaru, $"199303032017012{n:000}", "AhliMadya");
        await api.KirimAsync(new PegawaiDimutasi
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Nip = k.Guru, NpsnLama = k.Npsn, NpsnBaru = npsnBaru, BerlakuSejak = new DateOnly(2026, 8, 1),
        });
        await SistemBerjalan.WaitUntilAsync(async () => (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("npsn").GetString() == npsnBaru, "the assessment moved");

        await Gagal(Kepala(k).KirimAsync(Nilai(k)), HttpStatusCode.NotFound);
        var baru = api.ClientWith(Token.Untuk(kepalaBaru, "kepala-sekolah", npsn: npsnBaru));
        Assert.Equal("Dinilai", (await Ok(baru.KirimAsync(Nilai(k)))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task only_the_rater_rates_and_others_get_404()
    {
        var k = await DibukaAsync();
        var lain = await DibukaAsync();

        await Gagal(Guru(k).KirimAsync(Nilai(k)), HttpStatusCode.Forbidden);
        await Gagal(Kepala(lain).KirimAsync(Nilai(k)), HttpStatusCode.NotFound);
        await Gagal(Guru(lain).GetAsync(Url(k)), HttpStatusCode.NotFound);
        await Gagal(Operator("3171").GetAsync(Url(k)), HttpStatusCode.NotFound);
        await Gagal(Kepala(k).KirimAsync(ApiPenilaian.Nilai(k.Id, new IsiNilai("Luar biasa", "SesuaiEkspektasi", "x"))), HttpStatusCode.BadRequest);
        await Gagal(Kepala(k).KirimAsync(ApiPenilaian.Nilai(k.Id, new IsiNilai("SesuaiEkspektasi", "SesuaiEkspektasi", null))), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task the_rater_previews_the_predikat_and_angka_kredit_before_finalising_and_the_preview_stores_nothing()
    {
        var k = await DibukaAsync();
        var lain = await DibukaAsync();
        await Gagal(Kepala(k).GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.Conflict);
        await Ok(Kepala(k).KirimAsync(Nilai(k, "DiAtasEkspektasi", "DiAtasEkspektasi")));
        var sebelum = await api.JumlahEventAsync(k.Id);

        var pratinjau = await Ok(Kepala(k).GetAsync($"{Url(k)}/pratinjau"));

        Assert.Equal("SangatBaik", pratinjau.GetProperty("predikat").GetString());
        Assert.Equal(56.25m, pratinjau.GetProperty("angkaKredit").GetDecimal());
        Assert.Equal(37.5m, pratinjau.GetProperty("koefisien").GetDecimal());
        Assert.Equal(sebelum, await api.JumlahEventAsync(k.Id));
        // the teacher waits for the finalised result; whoever may not see the assessment learns nothing of it
        await Gagal(Guru(k).GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.Forbidden);
        await Gagal(Operator().GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.Forbidden);
        await Gagal(Kepala(lain).GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.NotFound);
        await Gagal(Guru(lain).GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.NotFound);
        await Gagal(Operator("3171").GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.NotFound);

        var hasil = (await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)))).GetProperty("hasil");
        Assert.Equal(pratinjau.GetProperty("predikat").GetString(), hasil.GetProperty("predikat").GetString());
        Assert.Equal(pratinjau.GetProperty("angkaKredit").GetDecimal(), hasil.GetProperty("angkaKredit").GetDecimal());
        await Gagal(Kepala(k).GetAsync($"{Url(k)}/pratinjau"), HttpStatusCode.Conflict);
    }

    /// <summary>Issue 25, item 5: "Saya telah membaca" on the result, once finalised, once per result, by the pegawai only.</summary>
    [Fact]
    public async Task the_teacher_says_they_have_read_the_result_once_per_result_and_the_history_keeps_who_and_when()
    {
        var k = await DibukaAsync();
        var lain = await DibukaAsync();
        await Ok(Kepala(k).KirimAsync(Nilai(k)));
        await Gagal(Guru(k).KirimAsync(ApiPenilaian.Dibaca(k.Id)), HttpStatusCode.Conflict);
        await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)));
        Assert.Equal(["dibaca"], (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("aksi").EnumerateArray().Select(a => a.GetString()!));

        await Gagal(Kepala(k).KirimAsync(ApiPenilaian.Dibaca(k.Id)), HttpStatusCode.Forbidden);
        // operators only read: a write of theirs finds nothing, as for every pegawai's object
        await Gagal(Operator().KirimAsync(ApiPenilaian.Dibaca(k.Id)), HttpStatusCode.NotFound);
        await Gagal(Guru(lain).KirimAsync(ApiPenilaian.Dibaca(k.Id)), HttpStatusCode.NotFound);
        await Ok(Guru(k).KirimAsync(ApiPenilaian.Dibaca(k.Id)));
        var sesudah = await api.JumlahEventAsync(k.Id);
        await Ok(Guru(k).KirimAsync(ApiPenilaian.Dibaca(k.Id)));
        Assert.Equal(sesudah, await api.JumlahEventAsync(k.Id));
        Assert.Empty((await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("aksi").EnumerateArray());

        // a correction is a new result: it is asked for again
        await Ok(Kepala(k).KirimAsync(ApiPenilaian.Koreksi(k.Id, new IsiKoreksi("DiAtasEkspektasi", "SesuaiEkspektasi", "Bukti baru dari pengawas."))));
        var dikoreksi = await Ok(Guru(k).GetAsync(Url(k)));
        Assert.Equal(["dibaca"], dikoreksi.GetProperty("aksi").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal(0, dikoreksi.GetProperty("dibacaKoreksiKe").GetInt32());
        await Ok(Guru(k).KirimAsync(ApiPenilaian.Dibaca(k.Id)));
        Assert.Equal(1, (await Ok(Guru(k).GetAsync(Url(k)))).GetProperty("dibacaKoreksiKe").GetInt32());
        var riwayat = await Guru(k).GetFromJsonAsync<JsonElement>($"{Url(k)}/riwayat");
        Assert.Equal(2, riwayat.EnumerateArray().Count(e => e.GetProperty("jenis").GetString() == "hasil_dibaca" && e.GetProperty("pelaku").GetString() == k.Guru));
    }

    /// <summary>Issue 25, item 4: one person's assessments of every year, within what the caller may see and no further.</summary>
    [Fact]
    public async Task pegawai_narrows_the_list_to_one_persons_years_and_never_widens_it()
    {
        var k = await DibukaAsync(tahun: 2025);
        var kedua = await DibukaAsync(tahun: 2026);
        var lain = await DibukaAsync();
        async Task<IReadOnlyList<Guid>> Daftar(HttpClient oleh, string pegawai) =>
            [.. (await Ok(oleh.GetAsync($"/api/penilaian?pegawai={pegawai}"))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        Assert.Equal([k.Id], await Daftar(Guru(k), k.Guru));
        Assert.Equal([kedua.Id], await Daftar(Guru(kedua), kedua.Guru));
        // another teacher's id asks for what the caller could not see anyway: nothing
        Assert.Empty(await Daftar(Guru(lain), k.Guru));
        Assert.Empty(await Daftar(Kepala(lain), k.Guru));
        Assert.Equal([k.Id], await Daftar(Kepala(k), k.Guru));
        Assert.Empty(await Daftar(Operator("3171"), k.Guru));
    }

    [Fact]
    public async Task a_principal_rating_in_several_tabs_at_once_saves_each_on_the_version_it_read_or_gets_409()
    {
        var k = await DibukaAsync();
        string[] nilai = ["SesuaiEkspektasi", "DiAtasEkspektasi", "DiBawahEkspektasi"];

        // the rater's command loads the assessment and who heads the school in one batch: the save must still fail
        // when someone appended since that load
        var jawaban = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Kepala(k).KirimAsync(Nilai(k, nilai[i % 3]))));

        var berhasil = jawaban.Where(j => j.StatusCode == HttpStatusCode.OK).ToList();
        Assert.NotEmpty(berhasil);
        Assert.All(jawaban.Where(j => j.StatusCode != HttpStatusCode.OK), j => Assert.Equal(HttpStatusCode.Conflict, j.StatusCode));
        var versi = berhasil.Select(j => j.Headers.ETag!.Tag).ToList();
        Assert.Equal(versi.Count, versi.Distinct().Count());
        var kini = await Kepala(k).GetAsync(Url(k));
        Assert.Contains(kini.Headers.ETag!.Tag, versi);
    }

    [Fact]
    public async Task a_stale_version_changes_nothing()
    {
        var k = await DibukaAsync();
        var versi = (await Kepala(k).GetAsync(Url(k))).Headers.ETag!.Tag;
        await Ok(Kepala(k).KirimAsync(Nilai(k)));

        await Gagal(Kepala(k).KirimAsync(Nilai(k, "DiBawahEkspektasi"), versi), HttpStatusCode.PreconditionFailed);

        Assert.Equal("SesuaiEkspektasi", (await Ok(Kepala(k).GetAsync(Url(k)))).GetProperty("nilai").GetProperty("hasilKerja").GetString());
    }

    [Fact]
    public async Task a_part_year_period_earns_its_share_of_angka_kredit()
    {
        var k = await DibukaAsync(tahun: 2024);
        await Ok(Kepala(k).KirimAsync(Nilai(k)));

        var final = await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)));

        Assert.Equal(18.75m, final.GetProperty("hasil").GetProperty("angkaKredit").GetDecimal());
    }

    [Fact]
    public async Task the_regional_feed_resumes_after_a_position_and_the_export_and_distribution_show_the_region()
    {
        var a = await DibukaAsync(jenjang: "AhliMuda", tahun: 2027);
        var b = await DibukaAsync(jenjang: "AhliPertama", tahun: 2027);
        foreach (var k in new[] { a, b })
        {
            await Ok(Kepala(k).KirimAsync(Nilai(k)));
            await Ok(Kepala(k).KirimAsync(ApiPenilaian.Tetapkan(k.Id)));
        }

        JsonElement feed = default;
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            feed = await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/predikat?wilayah=3273&tahun=2027");
            return feed.GetProperty("items").GetArrayLength() == 2;
        }, "feed shows both");
        var posisi = feed.GetProperty("items")[0].GetProperty("posisi").GetInt64();
        var lanjut = await Operator().GetFromJsonAsync<JsonElement>($"/api/penilaian/predikat?wilayah=3273&tahun=2027&setelah={posisi}");
        Assert.Single(lanjut.GetProperty("items").EnumerateArray());
        Assert.Equal(feed.GetProperty("berikutnya").GetInt64(), lanjut.GetProperty("berikutnya").GetInt64());

        var json = await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/ekspor/e-kinerja?wilayah=3273&tahun=2027");
        var csv = await Operator().GetStringAsync("/api/penilaian/ekspor/e-kinerja?wilayah=3273&tahun=2027&format=csv");
        var distribusi = await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/distribusi?wilayah=3273&tahun=2027");

        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("SESUAI_EKSPEKTASI", json[0].GetProperty("ratingHasilKerja").GetString());
        Assert.Equal(5, json[0].GetProperty("kuadran").GetInt32());
        Assert.Equal(3, csv.Trim().Split('\n').Length);
        Assert.StartsWith("nip,periode_awal_bulan", csv, StringComparison.Ordinal);
        Assert.Equal(2, distribusi.GetProperty("Baik").GetInt32());

        // what the operator's Laporan and Beranda read: the feed's position, the distribution by school and jenjang, per-school counts
        var posisiFeed = await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/predikat/posisi?wilayah=3273&tahun=2027");
        Assert.Equal(feed.GetProperty("berikutnya").GetInt64(), posisiFeed.GetProperty("posisi").GetInt64());
        Assert.Equal(2, posisiFeed.GetProperty("jumlah").GetInt64());
        var rinci = (await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/distribusi/rinci?wilayah=3273&tahun=2027")).EnumerateArray().ToList();
        Assert.Equal(["AhliMuda", "AhliPertama"], rinci.Select(r => r.GetProperty("jenjang").GetString()).Order());
        Assert.All(rinci, r => Assert.Equal(("Baik", 1L), (r.GetProperty("predikat").GetString(), r.GetProperty("jumlah").GetInt64())));
        var perSekolah = (await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian/ringkasan/sekolah?tahun=2027")).EnumerateArray().ToList();
        Assert.Equal(2, perSekolah.Sum(s => s.GetProperty("jumlah").TryGetProperty("Ditetapkan", out var d) ? d.GetInt64() : 0));
        Assert.Equal(2, perSekolah.Sum(s => s.GetProperty("jumlah").TryGetProperty("Baik", out var b) ? b.GetInt64() : 0));
        var baik = await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian?tahun=2027&predikat=Baik");
        Assert.Equal(2, baik.GetProperty("total").GetInt64());
        Assert.Equal(0, (await Operator().GetFromJsonAsync<JsonElement>("/api/penilaian?tahun=2027&predikat=SangatBaik")).GetProperty("total").GetInt64());
        Assert.Empty((await Operator("3171").GetFromJsonAsync<JsonElement>("/api/penilaian/ringkasan/sekolah?tahun=2027")).EnumerateArray());
        await Gagal(Operator("3171").GetAsync("/api/penilaian/distribusi/rinci?wilayah=3273&tahun=2027"), HttpStatusCode.NotFound);
        await Gagal(Operator("3171").GetAsync("/api/penilaian/predikat/posisi?wilayah=3273&tahun=2027"), HttpStatusCode.NotFound);
        await Gagal(Guru(a).GetAsync("/api/penilaian/ringkasan/sekolah?tahun=2027"), HttpStatusCode.Forbidden);
        await Gagal(Kepala(a).GetAsync("/api/penilaian/distribusi/rinci?wilayah=3273&tahun=2027"), HttpStatusCode.Forbidden);

        await Gagal(Operator("3171").GetAsync("/api/penilaian/predikat?wilayah=3273&tahun=2027"), HttpStatusCode.NotFound);
        await Gagal(Guru(a).GetAsync("/api/penilaian/predikat?wilayah=3273&tahun=2027"), HttpStatusCode.Forbidden);
        await Gagal(Operator().GetAsync("/api/penilaian/predikat?tahun=2027"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task the_teacher_sees_their_result_and_the_principal_what_is_unrated()
    {
        var k = await DibukaAsync();

        var belum = await Kepala(k).GetFromJsonAsync<JsonElement>("/api/penilaian?status=SiapDinilai");
        var milik = await Guru(k).GetFromJsonAsync<JsonElement>("/api/penilaian");

        Assert.Contains(belum.GetProperty("items").EnumerateArray(), p => p.GetProperty("nip").GetString() == k.Guru);
        Assert.Single(milik.GetProperty("items").EnumerateArray());
        Assert.Equal(1, milik.GetProperty("total").GetInt64());
        var terlaluBesar = await Guru(k).GetAsync("/api/penilaian?pageSize=201");
        Assert.Equal(HttpStatusCode.BadRequest, terlaluBesar.StatusCode);
    }
}
