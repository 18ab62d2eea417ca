namespace Kinerja.ServiceDefaults.Pengingat;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A reminder a service owes one person (issue 25 item 6), as its <see cref="ISumberPengingat"/> computes it from its read
/// models. <see cref="Kunci"/> names the occasion for good (the plan, the day, the person, the state waited on): a key
/// is reminded once, whichever instance computes it, however often, before or after a restart.
/// </summary>
/// <param name="Jenis">What it reminds of (<see cref="JenisPengingat"/>).</param>
/// <param name="PenerimaId">The pegawai id of whoever must act.</param>
/// <param name="Tautan">The page to act on, as a path of the web app.</param>
/// <param name="PemilikId">Whose object it is about, when not the recipient's: the e-mail names them.</param>
public sealed record Pengingat(string Kunci, string Jenis, string PenerimaId, string Judul, string Isi, string Tautan, string? PemilikId = null)
{
    /// <summary>The stream the reminder is recorded in: the same key gives the same stream on every instance.</summary>
    public Guid Id => IdDari(Kunci);

    public static Guid IdDari(string kunci)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("pengingat:" + kunci));
        // RFC 9562 version 8 (custom), variant 10: a name-derived id that never collides with the store's random ones
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

/// <summary>The occasions a reminder is sent for.</summary>
public static class JenisPengingat
{
    /// <summary>The planning window closes in 7 days or in 1, and the person's plan is not submitted.</summary>
    public const string BatasPerencanaan = "batas-perencanaan";

    /// <summary>An agreed observation is within a day: to the teacher and to the rater.</summary>
    public const string ObservasiBesok = "observasi-besok";

    /// <summary>Something has waited on the person for 7 days.</summary>
    public const string Menunggu = "menunggu";
}

/// <summary>The reminder was decided, once: the stream's only event. Who decided it is the session's <c>sistem:pengingat</c>.</summary>
public sealed record PengingatDibuat(Guid PengingatId, string Kunci, string Jenis, string PenerimaId, string Judul, string Isi, string Tautan,
    string? PemilikId = null);

/// <summary>The reminders recorded so far (id = <see cref="Pengingat.Id"/>), so a run skips them in one read.</summary>
public sealed record PengingatTercatat
{
    public Guid Id { get; init; }
    public string Kunci { get; init; } = "";
    public string PenerimaId { get; init; } = "";

    public static PengingatTercatat Create(PengingatDibuat e) => new() { Id = e.PengingatId, Kunci = e.Kunci, PenerimaId = e.PenerimaId };
}

/// <summary>The lease of the reminder job: the one instance that runs it, until when.</summary>
public sealed record SewaPengingat(string Id, string Pemilik, DateTimeOffset Sampai);
