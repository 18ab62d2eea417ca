namespace Kinerja.EndToEnd.Tests.Pengingat;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.EndToEnd.Tests.Ketahanan;
using Kinerja.Klien;
using Kinerja.Testing;
using MimeKit;

/// <summary>
/// The system with an SMTP server of the test's own, the reminder job running every second, and this year's planning
/// window closing 7 days from today (as a Dinas sets a deadline): every padan pegawai without a submitted plan is due the
/// 7-day reminder now.
/// </summary>
public sealed class SistemPengingat(Infrastructure infra) : SistemBerjalan(infra)
{
    public PenerimaSmtp Smtp { get; } = new();

    /// <summary>Today in WIB, as the services judge the window.</summary>
    public static DateOnly HariIni { get; } = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")).DateTime);

    public static DateOnly Batas { get; } = HariIni.AddDays(7);

    protected override IDictionary<string, string> Env => new Dictionary<string, string>
    {
        ["Pengingat__Smtp__Host"] = "127.0.0.1",
        ["Pengingat__Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Pengingat__Smtp__Tls"] = "None",
        ["Pengingat__Interval"] = "00:00:01",
        [$"Periode__Tahun__{HariIni.Year}__Perencanaan__Selesai"] = Batas.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override async ValueTask InitializeAsync()
    {
        Smtp.Mulai();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>Issue 25 item 6: a reminder e-mail, sent by SMTP and read back, once, to whoever asked for it, and to nobody else.</summary>
public sealed class PengingatEmailTests(SistemPengingat sistem) : IClassFixture<SistemPengingat>
{
    private const string Wilayah = "3273";
    // people no other test assembly publishes: they all share the broker
    private const string Rina = "198807072012012007";
    private const string Budi = "198908082013011008";
    private const string EmailRina = "rina.guru@sdn-uji.sch.id";
    private const string EmailBudi = "budi.guru@sdn-uji.sch.id";
    private const string Sari = "199009092014012009";
    private const string EmailSari = $"{PenerimaSmtp.Ditolak}@sdn-uji.sch.id";

    private static string Judul => $"SKP {SistemPengingat.HariIni.Year} belum diajukan: batasnya " +
        SistemPengingat.Batas.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));

    private Task<long> TercatatAsync(string penerima) =>
        sistem.QueryAsync<long>("perencanaan", "select count(*) from mt_doc_pengingattercatat where data->>'penerimaId' = $1", penerima)!;

    private Task<string?> PemegangSewaAsync() =>
        sistem.QueryAsync<string>("perencanaan", "select data->>'pemilik' from mt_doc_sewapengingat");

    /// <summary>Until the job has run <paramref name="kali"/> more times (its lease is renewed at every run).</summary>
    private async Task PutaranAsync(int kali)
    {
        for (var i = 0; i < kali; i++)
        {
            var sebelum = await sistem.QueryAsync<string>("perencanaan", "select data->>'sampai' from mt_doc_sewapengingat");
            await SistemBerjalan.WaitUntilAsync(async () =>
                await sistem.QueryAsync<string>("perencanaan", "select data->>'sampai' from mt_doc_sewapengingat") != sebelum, "a run of the reminder job");
        }
    }

    [Fact]
    public async Task a_teacher_without_a_submitted_plan_is_emailed_once_seven_days_before_the_deadline_and_one_who_turned_email_off_is_not()
    {
        var op = await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: Wilayah);
        var rina = await sistem.MasukAsync(Rina, "guru");
        var budi = await sistem.MasukAsync(Budi, "guru");
        var sari = await sistem.MasukAsync(Sari, "guru");

        // refusals first: nothing is stored by a wrong address, or by reminders asked for without one
        var salah = await rina.KirimAsync(ApiDataPegawai.Kontak(new IsiKontak("rina@sekolah", true)));
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.True((await salah.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
        var tanpaAlamat = await rina.KirimAsync(ApiDataPegawai.Kontak(new IsiKontak(" ", true)));
        Assert.Equal(HttpStatusCode.BadRequest, tanpaAlamat.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await rina.GetFromJsonAsync<JsonElement>("/api/pegawai/saya/kontak")).GetProperty("email").ValueKind);

        await Tahan.Ok(rina.KirimAsync(ApiDataPegawai.Kontak(new IsiKontak(EmailRina, true))), HttpStatusCode.Created);
        await Tahan.Ok(budi.KirimAsync(ApiDataPegawai.Kontak(new IsiKontak(EmailBudi, false))), HttpStatusCode.Created);
        await Tahan.Ok(sari.KirimAsync(ApiDataPegawai.Kontak(new IsiKontak(EmailSari, true))), HttpStatusCode.Created);
        // each reads their own only: there is no route to another person's address
        Assert.Equal(EmailBudi, (await budi.GetFromJsonAsync<JsonElement>("/api/pegawai/saya/kontak")).GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, (await op.GetFromJsonAsync<JsonElement>("/api/pegawai/saya/kontak")).GetProperty("email").ValueKind);

        await sistem.PegawaiPadanAsync(op, Wilayah, Rina);
        await sistem.PegawaiPadanAsync(op, Wilayah, Budi);
        await sistem.PegawaiPadanAsync(op, Wilayah, Sari);

        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(sistem.Smtp.Untuk(EmailRina).Count > 0), "the reminder e-mail to Rina");
        var surat = Assert.Single(sistem.Smtp.Untuk(EmailRina));
        Assert.Equal(Judul, surat.Subject);
        var teks = surat.TextBody;
        Assert.StartsWith("Yth. ", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Bapak/Ibu", teks, StringComparison.Ordinal);
        Assert.Contains("hari lagi", teks, StringComparison.Ordinal);
        var gateway = sistem.Gateway.BaseAddress!.ToString().TrimEnd('/');
        Assert.Contains($"{gateway}/?tahun={SistemPengingat.HariIni.Year}", teks, StringComparison.Ordinal);
        Assert.Contains($"{gateway}/pengaturan", teks, StringComparison.Ordinal);
        Assert.Equal($"<{gateway}/pengaturan>", surat.Headers["List-Unsubscribe"]);

        // Budi's reminder was decided as well, and kept in the app; he turned e-mail off
        await SistemBerjalan.WaitUntilAsync(async () => await TercatatAsync(Budi) == 1, "Budi's reminder recorded");

        // more runs, a restart of the job's service and of the sender, and the same reminder delivered again under
        // another message id (as a second relay would): still one e-mail
        await PutaranAsync(3);
        var pemegang = await PemegangSewaAsync();
        await PersetujuanBeruntun.MatikanAsync(sistem.System.Project("perencanaan"));
        await PersetujuanBeruntun.MatikanAsync(sistem.System.Project("datapegawai"));
        await SistemBerjalan.WaitUntilAsync(async () => await PemegangSewaAsync() != pemegang, "the restarted instance takes the job's lease",
            TimeSpan.FromSeconds(120));
        await PutaranAsync(2);
        var kunci = await sistem.QueryAsync<string>("perencanaan", "select data->>'kunci' from mt_doc_pengingattercatat where data->>'penerimaId' = $1", Rina);
        var ulang = new PengingatJatuhTempo
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Kunci = kunci!, Jenis = "batas-perencanaan", PenerimaId = Rina,
            Judul = Judul, Isi = "ulang", Tautan = "/",
        };
        var penanda = ulang with { EventId = Guid.NewGuid(), Kunci = $"uji:{Guid.NewGuid():n}", Judul = "penanda" };
        await BrokerPublisher.PublishAsync(sistem.Broker, sistem.Awalan, ulang, penanda);
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(sistem.Smtp.Untuk(EmailRina).Any(m => m.Subject == "penanda")), "the marker e-mail");

        Assert.Equal(1, await TercatatAsync(Rina));
        Assert.Single(sistem.Smtp.Untuk(EmailRina), m => m.Subject == Judul);
        Assert.Empty(sistem.Smtp.Untuk(EmailBudi));

        // a mailbox the server refuses: the failure is recorded with the server's status, not retried, and the address
        // is neither in the record nor in DataPegawai's log
        await SistemBerjalan.WaitUntilAsync(async () => await sistem.QueryAsync<long>("datapegawai",
            "select count(*) from mt_events where type = 'pengingat_email_gagal' and stream_id like $1", $"email:%{Sari}") == 1, "Sari's refused e-mail recorded");
        var alasan = await sistem.QueryAsync<string>("datapegawai", "select data->>'alasan' from mt_events where type = 'pengingat_email_gagal' and stream_id like $1",
            $"email:%{Sari}");
        Assert.StartsWith("SmtpCommandException 550", alasan, StringComparison.Ordinal);
        Assert.Empty(sistem.Smtp.Untuk(EmailSari));
        var log = await File.ReadAllTextAsync(Path.Combine(sistem.Folder, "logs", "datapegawai.log"));
        Assert.Contains("could not be sent (SmtpCommandException 550)", log, StringComparison.Ordinal);
        Assert.DoesNotContain(EmailSari, log, StringComparison.Ordinal);
    }
}
