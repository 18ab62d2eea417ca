namespace Kinerja.DataPegawai.Kontak;

using System.Diagnostics;
using System.Text;
using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using MassTransit;
using MimeKit;

/// <summary>
/// E-mails a due reminder (<see cref="PengingatJatuhTempo"/>) to whoever asked for reminders by e-mail
/// (<see cref="Kontak"/>), when SMTP is configured. At most once: the sending is recorded (<see cref="PengingatEmailDikirim"/>,
/// a stream per reminder key) and committed before the e-mail goes, so a redelivery, a second instance or a restart
/// finds it and sends nothing; an e-mail lost by a crash between the two is the price, and the in-app list still shows
/// what is due. Nobody without an address, or who turned e-mail off, is written to.
/// </summary>
public sealed class KirimPengingat(IDocumentStore store, PengirimEmail pengirim, ILogger<KirimPengingat> logger) : IConsumer<PengingatJatuhTempo>
{
    public async Task Consume(ConsumeContext<PengingatJatuhTempo> context)
    {
        var m = context.Message;
        if (!pengirim.Aktif)
        {
            return;
        }

        var ct = context.CancellationToken;
        await using var session = store.LightweightSession();
        session.LastModifiedBy = "sistem:pengingat";
        if (await session.LoadAsync<Kontak>(Kontak.IdDari(m.PenerimaId), ct) is not { PengingatEmail: true, Email: { } email })
        {
            return;
        }

        var penerima = await session.LoadAsync<Pegawai>(m.PenerimaId, ct);
        var pemilik = m.PemilikId is { } id ? await session.LoadAsync<Pegawai>(id, ct) : null;
        var stream = $"email:{m.Kunci}";
        session.Events.StartStream(stream, new PengingatEmailDikirim(m.Kunci, m.PenerimaId));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return;
        }

        using var activity = KinerjaMetrics.ActivitySource.StartActivity("pengingat kirim-email", ActivityKind.Client);
        activity?.SetTag("kinerja.pengingat.jenis", m.Jenis);
        try
        {
            await pengirim.KirimAsync(Surat(m, email, penerima?.Nama, pemilik?.Nama), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // the type and SMTP status only: a server's refusal text quotes the recipient's address
            var alasan = ex is MailKit.Net.Smtp.SmtpCommandException smtp ? $"{ex.GetType().Name} {(int)smtp.StatusCode}" : ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, alasan);
            logger.LogWarning("Reminder e-mail for event {EventId} could not be sent ({Alasan}); it is not sent again", m.EventId, alasan);
            await using var gagal = store.LightweightSession();
            gagal.LastModifiedBy = "sistem:pengingat";
            gagal.Events.Append(stream, new PengingatEmailGagal(m.Kunci, alasan));
            await gagal.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>The e-mail: what is due, whose it is, the page to act on, and how to stop these e-mails.</summary>
    public MimeMessage Surat(PengingatJatuhTempo m, string email, string? namaPenerima, string? namaPemilik)
    {
        var pengaturan = $"{pengirim.AlamatWeb}/pengaturan";
        var teks = new StringBuilder()
            .Append("Yth. ").Append(namaPenerima ?? "Bapak/Ibu").AppendLine(",").AppendLine()
            .AppendLine(m.Isi);
        if (namaPemilik is not null)
        {
            teks.Append("Guru: ").AppendLine(namaPemilik);
        }

        teks.AppendLine().Append("Buka: ").Append(pengirim.AlamatWeb).AppendLine(m.Tautan).AppendLine()
            .AppendLine("--")
            .AppendLine("Anda menerima e-mail ini karena mengaktifkan pengingat e-mail di Kinerja.")
            .Append("Untuk berhenti menerimanya, matikan di ").AppendLine(pengaturan);
        var pesan = new MimeMessage { Subject = m.Judul, Body = new TextPart("plain") { Text = teks.ToString() } };
        pesan.To.Add(MailboxAddress.Parse(email));
        pesan.Headers.Add("List-Unsubscribe", $"<{pengaturan}>");
        pesan.Headers.Add("Auto-Submitted", "auto-generated");
        return pesan;
    }
}
