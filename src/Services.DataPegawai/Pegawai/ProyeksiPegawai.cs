namespace Kinerja.DataPegawai.Pegawai;

using Marten;

/// <summary>
/// The one writer of Pegawai's read model (the document every query and the unchanged-row check read), called in
/// the same transaction as the events by both of Pegawai's writers: the import and an operator's resolution.
/// It stores the state the aggregate decided on rather than re-reading it: Marten's inline projection re-read every
/// person an import batch touches, which made imports ten times slower (Program.cs).
/// </summary>
public static class ProyeksiPegawai
{
    public static void Tulis(IDocumentOperations session, Pegawai sebelum, IReadOnlyList<object> events) =>
        session.Store(sebelum.Lanjut(events) with { Version = sebelum.Version + events.Count, NipSiasnLain = null });
}
