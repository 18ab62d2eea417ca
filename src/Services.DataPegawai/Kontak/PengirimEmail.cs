namespace Kinerja.DataPegawai.Kontak;

using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

/// <summary>
/// Sends reminder e-mails by SMTP (MailKit) when <c>Pengingat:Smtp:Host</c> is set; without it reminders are in-app only.
/// <c>Pengingat:Smtp:Port</c> (25), <c>:Pengirim</c> (the From address), <c>:Pengguna</c> and <c>:Sandi</c> when the
/// server asks for a login, <c>:Tls</c> (<c>Auto</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>). Links in the
/// e-mail start with <c>Pengingat:AlamatWeb</c>, the web app's public address.
/// </summary>
public sealed class PengirimEmail(IConfiguration configuration)
{
    private readonly string? _host = configuration["Pengingat:Smtp:Host"];
    private readonly int _port = configuration.GetValue("Pengingat:Smtp:Port", 25);
    private readonly string _pengirim = configuration["Pengingat:Smtp:Pengirim"] ?? "Kinerja <pengingat@kinerja.localhost>";
    private readonly SecureSocketOptions _tls = configuration.GetValue("Pengingat:Smtp:Tls", SecureSocketOptions.Auto);

    public bool Aktif => !string.IsNullOrWhiteSpace(_host);

    public string AlamatWeb { get; } = (configuration["Pengingat:AlamatWeb"] ?? "http://localhost:5000").TrimEnd('/');

    public async Task KirimAsync(MimeMessage pesan, CancellationToken ct)
    {
        pesan.From.Add(MailboxAddress.Parse(_pengirim));
        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(_host!, _port, _tls, ct);
        if (configuration["Pengingat:Smtp:Pengguna"] is { Length: > 0 } pengguna)
        {
            await smtp.AuthenticateAsync(pengguna, configuration["Pengingat:Smtp:Sandi"] ?? "", ct);
        }

        await smtp.SendAsync(pesan, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
