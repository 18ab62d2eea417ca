namespace Kinerja.Web.Tests;

using Kinerja.Klien;
using Kinerja.Web.Components.Pages.Beranda;
using Microsoft.Extensions.Configuration;

/// <summary>"Perlu tindakan Anda" (issue 25, item 6, in-app): what waits on the person, from what the Beranda read; no browser needed.</summary>
public sealed class TindakanSayaTests
{
    private static readonly Guid Id = Guid.Parse("0b9c3f7e-1d2a-4e5f-8a6b-7c8d9e0f1a2b");
    private static readonly Format Format = new(new ConfigurationBuilder().Build());
    // 10 January 2026, 09.00 WIB
    private static readonly DateTimeOffset Kini = new(2026, 1, 10, 2, 0, 0, TimeSpan.Zero);

    private static Skp Skp(string status, bool dibaca = false) =>
        new(Id, 1, "198503152010012001", 2026, "20219001", "Guru", status, null, null, null, [], [], null, null, Dibaca: dibaca);

    private static Penilaian Ditetapkan(int? dibacaKoreksiKe, int koreksiKe = 0) =>
        new(Id, 1, "198503152010012001", 2026, "20219001", "Guru", "Ditetapkan", null,
            new HasilPenilaian("SesuaiEkspektasi", "SesuaiEkspektasi", "Baik", 37.5m, 37.5m, 12, "197505102000031002", DateTimeOffset.UnixEpoch, koreksiKe),
            DibacaKoreksiKe: dibacaKoreksiKe);

    private static PosisiSiklus Siklus(string tahap, string menunggu, DateTimeOffset? jadwal = null, bool dibaca = false) =>
        new(Id, "198503152010012001", "20219001", tahap, menunggu, 2026, Diobservasi: tahap is "UpayaTindakLanjut", dibaca, jadwal);

    private static Jendela Jendela(DateOnly hariIni) => new(2026, hariIni, new(new(2026, 1, 1), new(2026, 1, 31)), new(new(2026, 7, 1), new(2026, 7, 31)));

    private static IReadOnlyList<string> Teks(Skp? skp = null, PosisiSiklus? siklus = null, Penilaian? penilaian = null, bool bolehMulai = true,
        Jendela? jendela = null) =>
        [.. TindakanSaya.Dari(new(2026, bolehMulai, skp, siklus, penilaian, jendela), Format, Kini).Select(b => b.Teks)];

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
    public void the_planning_deadline_is_said_once_a_week_or_less_is_left()
    {
        Assert.Equal(["Lengkapi dan ajukan SKP 2026"], Teks(Skp("Draf"), jendela: Jendela(new(2026, 1, 23))));
        Assert.Equal(["Lengkapi dan ajukan SKP 2026 (batas 31 Januari 2026, 7 hari lagi)"], Teks(Skp("Draf"), jendela: Jendela(new(2026, 1, 24))));
        Assert.Equal(["Mulai SKP 2026 (batas 31 Januari 2026, 1 hari lagi)"], Teks(jendela: Jendela(new(2026, 1, 30))));
        Assert.Equal(["Perbaiki SKP 2026 yang dikembalikan (batas hari ini)"], Teks(Skp("Dikembalikan"), jendela: Jendela(new(2026, 1, 31))));
        // after the window the plan is still named, without a deadline that has passed
        Assert.Equal(["Lengkapi dan ajukan SKP 2026"], Teks(Skp("Draf"), jendela: Jendela(new(2026, 2, 1))));
        Assert.True(TindakanSaya.Dari(new(2026, true, Skp("Draf"), null, null, Jendela(new(2026, 1, 30))), Format, Kini).Single().Mendesak);
    }

    [Fact]
    public void an_agreed_observation_today_or_tomorrow_is_said_to_the_teacher_and_to_the_rater_by_name()
    {
        var besok = new DateTimeOffset(2026, 1, 11, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal(["Observasi kelas Anda besok, 07.30 WIB"], Teks(Skp("Disepakati", dibaca: true), Siklus("Observasi", "Penilai", besok), bolehMulai: false));
        Assert.Equal(["Observasi kelas Anda hari ini, 14.00 WIB"],
            Teks(Skp("Disepakati", dibaca: true), Siklus("Observasi", "Penilai", new DateTimeOffset(2026, 1, 10, 7, 0, 0, TimeSpan.Zero)), bolehMulai: false));
        // not yet confirmed, two days ahead, or past: nothing to remind of
        Assert.Empty(Teks(Skp("Disepakati", dibaca: true), Siklus("KonfirmasiJadwal", "Penilai", besok), bolehMulai: false));
        Assert.Empty(Teks(Skp("Disepakati", dibaca: true), Siklus("Observasi", "Penilai", besok.AddDays(1)), bolehMulai: false));
        var penilai = TindakanSaya.Dari(new(2026, false, null, null, null, DiobservasiOlehSaya: [(Siklus("Observasi", "Penilai", besok), "Sri Wahyuni")], MenungguPenilai: 1),
            Format, Kini);
        Assert.Equal(["Observasi kelas Sri Wahyuni besok, 07.30 WIB", "1 orang menunggu tindakan Anda sebagai penilai"], penilai.Select(b => b.Teks));
    }

    [Fact]
    public void a_cycle_step_is_listed_when_it_is_the_teachers_and_each_document_until_it_is_acknowledged()
    {
        Assert.Equal(["Siklus: D. Upaya tindak lanjut, giliran Anda", "Baca SKP yang telah disepakati", "Baca catatan observasi"],
            Teks(Skp("Disepakati"), Siklus("UpayaTindakLanjut", "Guru")));
        Assert.Empty(Teks(Skp("Disepakati", dibaca: true), Siklus("UpayaTindakLanjut", "Penilai", dibaca: true)));
        Assert.Equal(["Baca hasil penilaian kinerja"], Teks(penilaian: Ditetapkan(null), bolehMulai: false));
        Assert.Empty(Teks(penilaian: Ditetapkan(0), bolehMulai: false));
        // a correction is a new result to read
        Assert.Equal(["Baca hasil penilaian kinerja"], Teks(penilaian: Ditetapkan(0, koreksiKe: 1), bolehMulai: false));
    }

    [Fact]
    public void a_rater_is_told_how_many_wait_on_them_and_where()
    {
        var butir = Assert.Single(TindakanSaya.Dari(new(2026, false, null, null, null, MenungguPenilai: 3), Format, Kini));
        Assert.Equal(("3 orang menunggu tindakan Anda sebagai penilai", "#guru-sekolah"), (butir.Teks, butir.Tautan));
    }
}
