namespace Kinerja.Domain.Tests.Ekspor;

using Kinerja.Domain.Tests.Penilaian;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Feed;
using Kinerja.Penilaian.Penilaian;
using Kinerja.Perencanaan.Ekspor;
using Kinerja.Perencanaan.Skp;

/// <summary>Issue 30, item 7: what goes to BKN's e-Kinerja, field by field (docs/e-kinerja.md).</summary>
public class EKinerjaTests
{
    private static readonly Guid RencanaKepala = Guid.Parse("0b0c0d0e-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset Disepakati = new(2026, 1, 20, 3, 0, 0, TimeSpan.Zero);

    private static PredikatDitetapkan Ditetapkan() =>
        Assert.IsType<PredikatDitetapkan>(Assert.Single(Tetapkan.Decide(Kondisi.Dinilai(), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini)));

    [Fact]
    public void the_result_carries_the_angka_kredit_and_koefisien_of_the_year_and_its_position_when_resumed()
    {
        var r = EKinerja.Dari(Ditetapkan(), posisi: 41);
        Assert.Equal((Kondisi.Guru, "SESUAI_EKSPEKTASI", "Baik", 5, 37.5m, 37.5m, 41L), (r.Nip, r.RatingHasilKerja, r.Predikat, r.Kuadran, r.AngkaKredit, r.Koefisien, r.Posisi));
        var csv = EKinerja.Csv([r]).Split('\n');
        Assert.EndsWith(",angka_kredit,koefisien,posisi", csv[0], StringComparison.Ordinal);
        Assert.EndsWith($",{Kondisi.Kepala},0,37.500,37.50,41", csv[1], StringComparison.Ordinal);
    }

    private static SkpDisepakati Sepakat(PeranPemilik peran = PeranPemilik.Guru, string? status = "PNS", IReadOnlyList<RencanaHasilKerja>? rhk = null) =>
        new(Guid.NewGuid(), Kondisi.Kepala, false, Kondisi.Guru, 2026, "20219001", "G-MK-1", "PED-1", ["KL"], "3273", peran, null, status,
            rhk ?? [new RencanaHasilKerja("RHK-G-A", "Kelas tertib", "95%", new RhkAtasan(RencanaKepala, "RHK-KS-B"), "KUALITAS")]);

    [Fact]
    public void an_agreed_plan_carries_each_rhk_with_its_text_indicator_target_aspek_and_the_principals_rhk_it_intervenes()
    {
        var s = EksporSkp.Rekaman(7, Disepakati, Sepakat(), new Dictionary<Guid, string> { [RencanaKepala] = Kondisi.Kepala });

        Assert.Equal((7L, Kondisi.Guru, "guru", Kondisi.Kepala), (s.Posisi, s.Nip, s.Peran, s.PenilaiNip));
        var rhk = Assert.Single(s.HasilKerja);
        Assert.Equal((1, "RHK-G-A", "Kelas tertib", "95%", "KUALITAS"), (rhk.Urutan, rhk.Kode, rhk.Indikator, rhk.Target, rhk.Aspek));
        Assert.StartsWith("meningkatnya praktik pembelajaran", rhk.Rhk, StringComparison.Ordinal);
        Assert.Equal((Kondisi.Kepala, "RHK-KS-B", "meningkatnya praktik kinerja Kepala Sekolah melalui observasi kinerja"),
            (rhk.Intervensi!.NipAtasan, rhk.Intervensi.Kode, rhk.Intervensi.Rhk));
    }

    [Fact]
    public void a_principals_plan_names_its_perspektif_and_intervenes_nothing()
    {
        var s = EksporSkp.Rekaman(8, Disepakati, Sepakat(PeranPemilik.KepalaSekolah,
            rhk: [new RencanaHasilKerja("RHK-KS-A", "Mutu naik", "Baik", Perspektif: "PENERIMA-LAYANAN")]), new Dictionary<Guid, string>());
        var rhk = Assert.Single(s.HasilKerja);
        Assert.Equal(("kepala-sekolah", "PENERIMA-LAYANAN", null), (s.Peran, rhk.Perspektif, rhk.Intervensi));
        Assert.Equal("terlaksananya peningkatan kualitas praktik pembelajaran Guru", rhk.Rhk);
    }

    [Fact]
    public void the_csv_has_one_row_per_rhk_and_no_cell_a_spreadsheet_would_run()
    {
        var s = EksporSkp.Rekaman(9, Disepakati, Sepakat(rhk:
        [
            new RencanaHasilKerja("RHK-G-A", "=HYPERLINK(\"x\")", "80%"),
            new RencanaHasilKerja("RHK-G-D", "Asesmen, berkala", "2 kali"),
        ]), new Dictionary<Guid, string>());
        var baris = EksporSkp.Csv([s]).TrimEnd('\n').Split('\n');
        Assert.Equal(3, baris.Length);
        Assert.StartsWith($"9,{Kondisi.Guru},2026,guru,20219001,{Kondisi.Kepala},2026-01-20T03:00:00.0000000+00:00,1,RHK-G-A,", baris[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", baris[1], StringComparison.Ordinal);
        Assert.Contains(",\"Asesmen, berkala\",", baris[2], StringComparison.Ordinal);
    }
}
