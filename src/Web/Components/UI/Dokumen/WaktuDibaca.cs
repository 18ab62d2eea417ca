namespace Kinerja.Web.Components.UI.Dokumen;

using Kinerja.Klien;

/// <summary>When a document's owner said "Saya telah membaca", read from its history.</summary>
public static class WaktuDibaca
{
    /// <param name="dibaca">The acknowledgement's entry (<c>skp_dibaca</c>, <c>hasil_dibaca</c>, …).</param>
    /// <param name="berlaku">The entry that makes the document as it stands (an agreement, a finalisation); an
    /// acknowledgement before its latest one was of an earlier version and counts no more. Null: every one counts.</param>
    public static DateTimeOffset? Dari(IReadOnlyList<EntriRiwayat> riwayat, string dibaca, string? berlaku = null)
    {
        var sejak = berlaku is null ? 0 : riwayat.LastOrDefault(e => e.Jenis == berlaku)?.Versi ?? 0;
        return riwayat.LastOrDefault(e => e.Jenis == dibaca && e.Versi > sejak)?.Waktu;
    }
}
