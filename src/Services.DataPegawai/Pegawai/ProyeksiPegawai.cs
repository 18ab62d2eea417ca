namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Impor;
using Marten;

/// <summary>
/// The one writer of Pegawai's read model (the document every query reads) and of its fingerprints (what the
/// unchanged-row check reads, <see cref="SidikPegawai"/>), called in the same transaction as the events by both of
/// Pegawai's writers: the import and an operator's resolution.
/// It stores the state the aggregate decided on rather than re-reading it: Marten's inline projection re-read every
/// person an import batch touches, which made imports ten times slower (Program.cs).
/// </summary>
public static class ProyeksiPegawai
{
    public static void Tulis(IDocumentOperations session, Pegawai sebelum, IReadOnlyList<object> events) => Tulis(session, [(sebelum, events)]);

    public static void Tulis(IDocumentOperations session, IEnumerable<(Pegawai Sebelum, IReadOnlyList<object> Events)> perubahan)
    {
        var sidik = new List<SidikPegawai>();
        foreach (var (sebelum, events) in perubahan)
        {
            var sesudah = sebelum.Lanjut(events) with { Version = sebelum.Version + events.Count, NipSiasnLain = null };
            session.Store(sesudah);
            if (SidikPegawai.Dari(sesudah) is var baru && baru != SidikPegawai.Dari(sebelum))
            {
                sidik.Add(baru);
            }
        }

        if (sidik.Count > 0)
        {
            SidikPegawai.Simpan(session, sidik);
        }
    }
}
