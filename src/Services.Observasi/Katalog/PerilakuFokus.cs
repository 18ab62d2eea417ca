namespace Kinerja.Observasi.Katalog;

public sealed record Perilaku(string Kode, string Nama);

/// <summary>
/// The focus behaviours observed for each sub-indicator (domain.md §5). One set is known from the
/// sources; the others are configuration (<c>PerilakuFokus:&lt;kode&gt;:0:Kode</c>, <c>…:Nama</c>). Where none is
/// configured, the teacher's own target behaviours of the persiapan become the focus behaviours.
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
    };

    public IReadOnlyList<Perilaku> Untuk(string subIndikator)
    {
        var dikonfigurasi = configuration.GetSection($"PerilakuFokus:{subIndikator}").Get<Perilaku[]>();
        return dikonfigurasi is { Length: > 0 } ? dikonfigurasi : Diketahui.GetValueOrDefault(subIndikator) ?? [];
    }
}
