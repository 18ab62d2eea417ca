namespace Kinerja.EndToEnd.Tests.Pengingat;

using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using Kinerja.Hosting.Servers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) that keeps every message it accepts, parsed, and
/// refuses the recipients whose local part is <see cref="Ditolak"/>, as a server refuses an unknown mailbox.
/// </summary>
public sealed class PenerimaSmtp : MessageStore, IMailboxFilter, IAsyncDisposable
{
    public const string Ditolak = "tidak-ada";

    private readonly ConcurrentQueue<MimeMessage> _diterima = new();
    private readonly CancellationTokenSource _berhenti = new();
    private Task? _server;

    public int Port { get; } = Proses.FreePort();

    public IReadOnlyList<MimeMessage> Diterima => [.. _diterima];

    public void Mulai()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var layanan = new global::SmtpServer.ComponentModel.ServiceProvider();
        layanan.Add((IMessageStore)this);
        layanan.Add((IMailboxFilter)this);
        _server = new global::SmtpServer.SmtpServer(options, layanan).StartAsync(_berhenti.Token);
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var isi = new MemoryStream(buffer.ToArray());
        _diterima.Enqueue(await MimeMessage.LoadAsync(isi, cancellationToken));
        return SmtpResponse.Ok;
    }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, global::SmtpServer.Mail.IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, global::SmtpServer.Mail.IMailbox to, global::SmtpServer.Mail.IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(to.User != Ditolak);

    /// <summary>The messages to one address.</summary>
    public IReadOnlyList<MimeMessage> Untuk(string alamat) =>
        Diterima.Where(m => m.To.Mailboxes.Any(t => string.Equals(t.Address, alamat, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync()
    {
        await _berhenti.CancelAsync();
        if (_server is not null)
        {
            try
            {
                await _server;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _berhenti.Dispose();
    }
}
