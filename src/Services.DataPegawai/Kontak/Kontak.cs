namespace Kinerja.DataPegawai.Kontak;

using Kinerja.ServiceDefaults.Commands;

/// <summary>
/// How a person wants to be reminded (issue 25 item 6): an e-mail address and whether reminders go to it. Set by the person
/// only, for themself (<see cref="AturKontak"/>); kept beside the pegawai's stream, not in it, because a person may set it
/// before the registries' data make them a padan pegawai. The address is personal data: it is answered to its owner only,
/// and appears in no trail, log or message.
/// </summary>
public sealed record Kontak : IVersioned
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public string PegawaiId { get; init; } = "";
    public string? Email { get; init; }
    public bool PengingatEmail { get; init; }

    /// <summary>The stream of a person's contact: the pegawai's own stream has the pegawai id.</summary>
    public static string IdDari(string pegawaiId) => $"kontak:{pegawaiId}";

    public static Kontak Create(KontakDiatur e) => new() { Id = IdDari(e.PegawaiId), PegawaiId = e.PegawaiId, Email = e.Email, PengingatEmail = e.PengingatEmail };

    public Kontak Apply(KontakDiatur e) => this with { Email = e.Email, PengingatEmail = e.PengingatEmail };
}

/// <summary>The person set their address and whether reminders are e-mailed to it; who did it is the event's user.</summary>
public sealed record KontakDiatur(string PegawaiId, string? Email, bool PengingatEmail);

/// <summary>
/// A reminder was e-mailed, recorded before the e-mail is handed to the SMTP server (stream <c>email:&lt;key&gt;</c>): a
/// second delivery of the same reminder finds the stream and sends nothing. Neither the address nor the text is kept.
/// </summary>
public sealed record PengingatEmailDikirim(string Kunci, string PenerimaId);

/// <summary>The SMTP server refused or could not be reached: the reminder is not sent again (never twice wins over at least once).</summary>
public sealed record PengingatEmailGagal(string Kunci, string Alasan);
