namespace Kinerja.Contracts;

/// <summary>
/// A reminder is due to one person: a planning deadline, an observation tomorrow, or something that has waited on them for
/// 7 days. Published once per reminder by Perencanaan, Observasi and Penilaian; DataPegawai e-mails it to whoever asked
/// for reminders by e-mail. It carries no address: who may be written to, and where, stays with DataPegawai.
/// </summary>
public sealed record PengingatJatuhTempo : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }
    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Names the occasion for good (for example <c>batas-perencanaan:2027:7:&lt;pegawai&gt;</c>): never reminded twice.</summary>
    public required string Kunci { get; init; }
    /// <summary><c>batas-perencanaan</c>, <c>observasi-besok</c> or <c>menunggu</c>.</summary>
    public required string Jenis { get; init; }
    /// <summary>The pegawai id (<see cref="IdPegawai"/>) of whoever must act.</summary>
    public required string PenerimaId { get; init; }
    /// <summary>One line, in Bahasa Indonesia: the e-mail's subject.</summary>
    public required string Judul { get; init; }
    /// <summary>What is due and by when, in Bahasa Indonesia.</summary>
    public required string Isi { get; init; }
    /// <summary>Whose plan, cycle or assessment it is about, when not the recipient's own: DataPegawai names them in the e-mail.</summary>
    public string? PemilikId { get; init; }
    /// <summary>The page to act on, as a path of the web app (<c>/skp/…</c>).</summary>
    public required string Tautan { get; init; }
}
