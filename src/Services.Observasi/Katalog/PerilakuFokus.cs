namespace Kinerja.Observasi.Katalog;

public sealed record Perilaku(string Kode, string Nama);

/// <summary>
/// The focus behaviours observed for each sub-indicator (domain.md §5). G-MK-1's are in the seeds. G-MK-2's are PMM's
/// observation instrument (Formulir B) as published by schools and teachers' sites that agree with each other
/// (kepalasekolah.id, "Instrumen Isian Observasi Fokus Perilaku Penerapan Disiplin Positif di PMM", 2024;
/// aleepenaku.com, "8 Indikator Perilaku dalam Praktik Pembelajaran", 2024); PMM's own help could not be read here,
/// and no such source gave the other six sub-indicators' full sets. Those are configuration
/// (<c>PerilakuFokus:&lt;kode&gt;:0:Kode</c>, <c>…:Nama</c>); where none is configured, the teacher's own target
/// behaviours of the persiapan become the focus behaviours.
/// </summary>
public sealed class PerilakuFokus(IConfiguration configuration)
{
    private static readonly Dictionary<string, Perilaku[]> Diketahui = new()
    {
        ["G-MK-1"] =
        [
            new("KOM", "komunikasi positif"),
            new("KEL", "strategi pengelompokan"),
            new("ATR", "aturan/kesepakatan kelas"),
        ],
        ["G-MK-2"] =
        [
            new("RDK", "refleksi dinamika kelas untuk menerapkan kesepakatan kelas"),
            new("PPS", "penguatan positif terhadap perilaku yang sesuai atau mendukung kesepakatan kelas"),
            new("RST", "memfasilitasi peserta didik menyadari konsekuensi dan memperbaiki perilaku melanggarnya (restitusi)"),
        ],
    };

    public IReadOnlyList<Perilaku> Untuk(string subIndikator)
    {
        var dikonfigurasi = configuration.GetSection($"PerilakuFokus:{subIndikator}").Get<Perilaku[]>();
        return dikonfigurasi is { Length: > 0 } ? dikonfigurasi : Diketahui.GetValueOrDefault(subIndikator) ?? [];
    }
}
