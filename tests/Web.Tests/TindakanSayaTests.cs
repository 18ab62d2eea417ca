namespace Kinerja.Web.Tests;

using Kinerja.Klien;
using Kinerja.Web.Components.Pages.Beranda;

/// <summary>"Perlu tindakan Anda" (issue 25, item 6, in-app): what waits on the person, from what the Beranda read; no browser needed.</summary>
public sealed class TindakanSayaTests
{
    private static readonly Guid Id = Guid.Parse("0b9c3f7e-1d2a-4e5f-8a6b-7c8d9e0f1a2b");

    private static Skp Skp(string status, bool dibaca = false) =>
        new(Id, 1, "198503152010012001", 2026, "20219001", "Guru", status, null, null, null, [], [], null, null, Dibaca: dibaca);

    private static Penilaian Ditetapkan(int? dibacaKoreksiKe, int koreksiKe = 0) =>
        new(Id, 1, "198503152010012001", 2026, "20219001", "Guru", "Ditetapkan", null,
            new HasilPenilaian("SesuaiEkspektasi", "SesuaiEkspektasi", "Baik", 37.5m, 37.5m, 12, "197505102000031002", DateTimeOffset.UnixEpoch, koreksiKe),
            DibacaKoreksiKe: dibacaKoreksiKe);

    private static IReadOnlyList<string> Teks(Skp? skp = null, PosisiSiklus? siklus = null, Penilaian? penilaian = null, bool bolehMulai = true, int menunggu = 0) =>
        [.. TindakanSaya.Dari(2026, bolehMulai, skp, siklus, penilaian, menunggu, "#guru-sekolah").Select(b => b.Teks)];

    [Fact]
    public void a_plan_to_start_write_or_mend_is_the_owners_and_only_this_year()
    {
        Assert.Equal(["Mulai SKP 2026"], Teks());
        Assert.Empty(Teks(bolehMulai: false));
        Assert.Equal(["Lengkapi dan ajukan SKP 2026"], Teks(Skp("Draf")));
        Assert.Equal(["Perbaiki SKP 2026 yang dikembalikan"], Teks(Skp("Dikembalikan")));
        Assert.Empty(Teks(Skp("Diajukan")));
    }

    [Fact]
    public void a_cycle_step_is_listed_when_it_is_the_teachers_and_each_document_until_it_is_acknowledged()
    {
        var siklus = new PosisiSiklus(Id, "198503152010012001", "20219001", "UpayaTindakLanjut", "Guru", 2026);
        Assert.Equal(["Siklus: D. Upaya tindak lanjut, giliran Anda", "Baca SKP yang telah disepakati", "Baca catatan observasi"],
            Teks(Skp("Disepakati"), siklus));
        Assert.Empty(Teks(Skp("Disepakati", dibaca: true), siklus with { Menunggu = "Penilai", Dibaca = true }));
        Assert.Equal(["Baca hasil penilaian kinerja"], Teks(penilaian: Ditetapkan(null), bolehMulai: false));
        Assert.Empty(Teks(penilaian: Ditetapkan(0), bolehMulai: false));
        // a correction is a new result to read
        Assert.Equal(["Baca hasil penilaian kinerja"], Teks(penilaian: Ditetapkan(0, koreksiKe: 1), bolehMulai: false));
    }

    [Fact]
    public void a_rater_is_told_how_many_wait_on_them_and_where()
    {
        var butir = Assert.Single(TindakanSaya.Dari(2026, false, null, null, null, 3, "#guru-sekolah"));
        Assert.Equal(("3 orang menunggu tindakan Anda sebagai penilai", "#guru-sekolah"), (butir.Teks, butir.Tautan));
    }
}
