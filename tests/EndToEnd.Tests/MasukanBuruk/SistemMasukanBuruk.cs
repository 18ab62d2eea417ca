namespace Kinerja.EndToEnd.Tests.MasukanBuruk;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>
/// A school, its principal and two padan teachers, with an object at hand for every write endpoint:
/// teacher A's plan in draft, teacher B's plan agreed and its cycle waiting for the observation, teacher C's
/// cycle waiting for the preparation.
/// </summary>
public sealed class SistemMasukanBuruk(Infrastructure infra) : SistemTerbuka(infra)
{
    /// <summary>Its plans start from teachers' plans alone: the cascade relaxed, as in a first year of use.</summary>
    protected override bool KaskadeRhkWajib => false;

    public const string Wilayah = "3273";
    public const string Operator = "198001012005011001";
    public const string Kepala = "197606162001121004";
    // people no other test assembly publishes: they all share the broker
    public const string GuruA = "198707172012012002";
    public const string GuruB = "198808182013011003";
    public const string GuruC = "198909092014012004";
    public string Npsn { get; } = Random.Shared.Next(40_000_000, 49_999_999).ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public HttpClient Op { get; private set; } = null!;
    public HttpClient KepalaSekolah { get; private set; } = null!;
    public HttpClient A { get; private set; } = null!;
    public HttpClient B { get; private set; } = null!;
    public HttpClient C { get; private set; } = null!;
    public Guid SkpA { get; private set; }
    public Guid SkpB { get; private set; }
    public Guid SkpC { get; private set; }

    /// <summary>Whose writes "nothing stored" is checked against.</summary>
    public static readonly string[] Pelaku = [Operator, Kepala, GuruA, GuruB, GuruC];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Op = await MasukAsync(Operator, "operator-dinas", wilayah: Wilayah);
        KepalaSekolah = await MasukAsync(Kepala, "kepala-sekolah", npsn: Npsn);
        A = await MasukAsync(GuruA, "guru", npsn: Npsn);
        B = await MasukAsync(GuruB, "guru", npsn: Npsn);
        C = await MasukAsync(GuruC, "guru", npsn: Npsn);

        await Tahan.Ok(Op.KirimAsync(ApiDataPegawai.Sekolah(Npsn, new SimpanSekolah("SD Negeri Masukan", Wilayah))), HttpStatusCode.Created);
        await PegawaiPadanAsync(Op, Wilayah, Kepala);
        await Tahan.Ok(Op.KirimAsync(ApiDataPegawai.Kepala(Npsn, new TugaskanKepala(Kepala, false))));
        await ImporAsync(Op, "dapodik", $"nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n" +
            $"3273015707870002,{GuruA},,Sari Utami,1987-07-17,P,{Npsn},guru\n3273011808880003,{GuruB},,Dedi Kurnia,1988-08-18,L,{Npsn},guru\n" +
            $"3273014909890004,{GuruC},,Wulan Sari,1989-09-09,P,{Npsn},guru\n");
        await ImporAsync(Op, "siasn", "nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi\n" +
            $"{GuruA},3273015707870002,Sari Utami,1987-07-17,P,PNS,Guru Ahli Muda,AhliMuda,III/c,UNOR-1,{Npsn},Pemkot Bandung,{Wilayah}\n" +
            $"{GuruB},3273011808880003,Dedi Kurnia,1988-08-18,L,PNS,Guru Ahli Muda,AhliMuda,III/c,UNOR-1,{Npsn},Pemkot Bandung,{Wilayah}\n" +
            $"{GuruC},3273014909890004,Wulan Sari,1989-09-09,P,PNS,Guru Ahli Pertama,AhliPertama,III/a,UNOR-1,{Npsn},Pemkot Bandung,{Wilayah}\n");
        await ImporAsync(Op, "dukcapil", "nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n" +
            "3273015707870002,SARI UTAMI,1987-07-17,P,Aisyah\n3273011808880003,DEDI KURNIA,1988-08-18,L,Kartini\n3273014909890004,WULAN SARI,1989-09-09,P,Juariah\n");
        await WaitUntilAsync(async () =>
            await QueryAsync<long>("perencanaan", "select count(*) from mt_doc_pegawailokal where data->>'npsn' = $1", Npsn) == 3
            && await QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", Npsn) == Kepala
            && await QueryAsync<string>("observasi", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", Npsn) == Kepala,
            "Perencanaan knows the three teachers and Observasi the principal");

        SkpA = (await Rencana.BuatAsync(A)).Id;
        SkpB = await DisepakatiAsync(B);
        SkpC = await DisepakatiAsync(C);
        await WaitUntilAsync(async () => (await B.GetAsync($"/api/observasi/siklus/{SkpB}")).StatusCode == HttpStatusCode.OK
            && (await C.GetAsync($"/api/observasi/siklus/{SkpC}")).StatusCode == HttpStatusCode.OK, "cycles opened");

        var siklus = $"/api/observasi/siklus/{SkpB}";
        // far enough ahead that a slow answer on a busy CI machine does not put it in the past
        var jadwal = DateTimeOffset.UtcNow.AddSeconds(3);
        await Tahan.Ok(B.KirimAsync(ApiSiklus.Persiapan(SkpB, new IsiPersiapan(["KOM", "ATR"], "Menyepakati aturan kelas.", jadwal))));
        await Tahan.Ok(KepalaSekolah.PostAsync($"{siklus}/persiapan/konfirmasi", null));
        // the observation may not come before its agreed time: wait it out, so the observasi endpoint is due
        var sisa = jadwal - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        if (sisa > TimeSpan.Zero)
        {
            await Task.Delay(sisa);
        }
    }

    private async Task<Guid> DisepakatiAsync(HttpClient guru)
    {
        var skp = await Rencana.DiajukanAsync(guru);
        await Tahan.Ok(KepalaSekolah.PostAsync($"{skp.Path}/setujui", null));
        return skp.Id;
    }

    /// <summary>Events written by this fixture's people in one service: what a refused request must leave unchanged.</summary>
    public Task<long> JejakAsync(string service) =>
        QueryAsync<long>(service, "select count(*) from mt_events where user_name = any($1)", (object)Pelaku);
}
