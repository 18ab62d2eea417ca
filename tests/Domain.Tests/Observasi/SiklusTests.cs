namespace Kinerja.Domain.Tests.Observasi;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Problems;

/// <summary>A cycle at each step, for the steps' tests: every step in order, each by its actor.</summary>
public static class Kondisi
{
    public static readonly Guid Id = Guid.Parse("7d2f4a10-6b3c-4e8f-9a12-5c6d7e8f9a01");
    public const string Guru = "198503152010012001";
    public const string Kepala = "197505102000031002";
    public static readonly DateTimeOffset Jadwal = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<PerilakuTarget> Fokus = [new("KOM", "komunikasi positif"), new("KEL", "strategi pengelompokan")];

    private static readonly SiklusDibuka Dibuka = new(Id, Id, Guru, 2026, "20219001", "3273", "G-MK-1", PeranPemilik.Guru, Fokus, Kepala);

    public static readonly IReadOnlyList<NilaiRubrik> Rubrik =
        [new("KOM", Level.DilakukanEfektif, "Sapaan hangat."), new("KEL", Level.DilakukanBelumEfektif, "Kelompok belum berjalan.")];

    private static readonly object[] Langkah =
    [
        new PersiapanDisusun(Id, Fokus, "Menyepakati aturan kelas.", Jadwal),
        new JadwalDikonfirmasi(Id, Kepala),
        new ObservasiDilakukan(Id, Rubrik, "Perluas kerja kelompok.", Kepala),
        new DiskusiTindakLanjutDicatat(Id, "Waktu", "Kelompok efektif", "Latihan", "April", "Coaching", Kepala),
        new UpayaTindakLanjutDicatat(Id, [new KegiatanTindakLanjut("d", new DateOnly(2026, 4, 1), "Menyusun perangkat ajar")]),
        new RefleksiDisusun(Id, "Inspirasi", "Perubahan", "Tantangan", "Strategi"),
        new RefleksiDikonfirmasi(Id, Id, Guru, 2026, Kepala, Rubrik),
    ];

    /// <summary>The cycle waiting at <paramref name="tahap"/>: every step before it done.</summary>
    public static Siklus Di(Tahap tahap, IReadOnlyList<PerilakuTarget>? fokus = null) =>
        Diberikan.Dari<Siklus>(Dibuka with { PerilakuFokus = fokus ?? Fokus }, Langkah[..(int)tahap]);
}

public class UrutanLangkahTests
{
    public static TheoryData<Tahap, Pelaku> SetiapLangkah => new()
    {
        { Tahap.Persiapan, Pelaku.Pemilik }, { Tahap.KonfirmasiJadwal, Pelaku.Penilai }, { Tahap.Observasi, Pelaku.Penilai },
        { Tahap.DiskusiTindakLanjut, Pelaku.Penilai }, { Tahap.UpayaTindakLanjut, Pelaku.Pemilik }, { Tahap.Refleksi, Pelaku.Pemilik },
        { Tahap.KonfirmasiRefleksi, Pelaku.Penilai },
    };

    [Theory]
    [MemberData(nameof(SetiapLangkah))]
    public void a_step_by_the_wrong_actor_is_forbidden_whatever_the_state(Tahap tahap, Pelaku oleh)
    {
        var lain = oleh == Pelaku.Pemilik ? Pelaku.Penilai : Pelaku.Pemilik;
        Assert.Equal(oleh, Siklus.Oleh(tahap));
        Assert.Throws<TerlarangException>(() => Kondisi.Di(tahap).Wajib(tahap, lain));
        Assert.Throws<TerlarangException>(() => Kondisi.Di(Tahap.Selesai).Wajib(tahap, lain));
    }

    [Theory]
    [MemberData(nameof(SetiapLangkah))]
    public void a_step_out_of_order_names_the_step_that_is_due(Tahap tahap, Pelaku oleh)
    {
        var lebihAwal = tahap == Tahap.Persiapan ? Tahap.Observasi : tahap - 1;
        var galat = Assert.Throws<KonflikException>(() => Kondisi.Di(lebihAwal).Wajib(tahap, oleh));
        Assert.Contains(lebihAwal.ToString(), galat.Message);
    }

    [Fact]
    public void nothing_is_done_after_the_cycle_is_complete() =>
        Assert.Contains("sudah selesai", Assert.Throws<KonflikException>(() => Kondisi.Di(Tahap.Selesai).Wajib(Tahap.Refleksi, Pelaku.Pemilik)).Message);

    [Theory]
    [InlineData(Tahap.Persiapan, "Guru")]
    [InlineData(Tahap.KonfirmasiJadwal, "Penilai")]
    [InlineData(Tahap.UpayaTindakLanjut, "Guru")]
    [InlineData(Tahap.Selesai, "-")]
    public void the_cycle_says_who_it_waits_on(Tahap tahap, string menunggu) => Assert.Equal(menunggu, Kondisi.Di(tahap).Menunggu);
}

public class PersiapanTests
{
    private static readonly DateTimeOffset Kini = Kondisi.Jadwal.AddDays(-7);

    private static Persiapan.Isi Isi(params string[] target) => new(target, "Menyepakati aturan kelas.", Kondisi.Jadwal);

    [Fact]
    public void the_teacher_picks_targets_from_the_focus_behaviours_and_a_time_ahead()
    {
        var e = Persiapan.Decide(Kondisi.Di(Tahap.Persiapan), Pelaku.Pemilik, Isi("KOM"), Kini);
        Assert.Equal([new PerilakuTarget("KOM", "komunikasi positif")], e.Target);
        Assert.Equal(Kondisi.Jadwal, e.Jadwal);
    }

    [Fact]
    public void a_time_in_the_past_is_refused_naming_jadwal() =>
        Assert.Contains("jadwal", Assert.Throws<ValidasiException>(() => Persiapan.Decide(Kondisi.Di(Tahap.Persiapan), Pelaku.Pemilik, Isi("KOM"), Kondisi.Jadwal)).Errors.Keys);

    [Fact]
    public void a_target_that_is_not_a_focus_behaviour_is_refused() =>
        Assert.Contains("target", Assert.Throws<ValidasiException>(() => Persiapan.Decide(Kondisi.Di(Tahap.Persiapan), Pelaku.Pemilik, Isi("XYZ"), Kini)).Errors.Keys);

    [Fact]
    public void without_configured_focus_behaviours_the_teachers_targets_become_them()
    {
        var e = Persiapan.Decide(Kondisi.Di(Tahap.Persiapan, fokus: []), Pelaku.Pemilik, Isi("Menyapa setiap peserta didik"), Kini);
        Assert.Equal([new PerilakuTarget("T1", "Menyapa setiap peserta didik")], e.Target);
    }

    [Fact]
    public void targets_are_between_one_and_ten() =>
        Assert.Contains("target", Assert.Throws<ValidasiException>(() => Persiapan.Validasi(new IsiPersiapan([], "x", Kondisi.Jadwal))).Errors.Keys);
}

public class KonfirmasiJadwalTests
{
    [Fact]
    public void the_rater_confirms_the_schedule() =>
        Assert.Equal(new JadwalDikonfirmasi(Kondisi.Id, Kondisi.Kepala), KonfirmasiJadwal.Decide(Kondisi.Di(Tahap.KonfirmasiJadwal), Pelaku.Penilai, Kondisi.Kepala));
}

public class ObservasikanTests
{
    private static readonly DateTimeOffset Sesudah = Kondisi.Jadwal.AddMinutes(5);

    [Fact]
    public void the_rater_gives_one_level_for_every_focus_behaviour() =>
        Assert.Equal(Kondisi.Rubrik, Observasikan.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Penilai, Kondisi.Kepala, Kondisi.Rubrik, "Lanjutkan.", Sesudah).Rubrik);

    [Fact]
    public void not_before_the_agreed_time_which_the_refusal_gives_in_wib() =>
        Assert.EndsWith("mulai jadwal yang disepakati: 10 Maret 2026 pukul 09.00 WIB.", Assert.Throws<KonflikException>(() =>
            Observasikan.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Penilai, Kondisi.Kepala, Kondisi.Rubrik, "x", Kondisi.Jadwal.AddMinutes(-1))).Message);

    [Fact]
    public void a_behaviour_left_out_is_refused() =>
        Assert.Contains("rubrik", Assert.Throws<ValidasiException>(() =>
            Observasikan.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Penilai, Kondisi.Kepala, Kondisi.Rubrik.Take(1).ToList(), "x", Sesudah)).Errors.Keys);

    [Fact]
    public void a_behaviour_that_is_not_in_focus_is_refused_by_its_path() =>
        Assert.Contains("rubrik[1].perilaku", Assert.Throws<ValidasiException>(() => Observasikan.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Penilai,
            Kondisi.Kepala, [Kondisi.Rubrik[0], new NilaiRubrik("ATR", Level.BelumDilakukan, "")], "x", Sesudah)).Errors.Keys);
}

public class DiskusiTindakLanjutTests
{
    [Fact]
    public void the_rater_records_the_follow_up_discussion()
    {
        var diskusi = DiskusiTindakLanjut.Validasi(Kondisi.Id, new IsiDiskusi("Waktu", "Tujuan", "Langkah", "April", "Coaching"), Kondisi.Kepala);
        Assert.Equal(diskusi, DiskusiTindakLanjut.Decide(Kondisi.Di(Tahap.DiskusiTindakLanjut), Pelaku.Penilai, diskusi));
    }

    [Fact]
    public void every_field_is_required() =>
        Assert.Equal(5, Assert.Throws<ValidasiException>(() => DiskusiTindakLanjut.Validasi(Kondisi.Id, new IsiDiskusi(null, null, null, null, null), Kondisi.Kepala)).Errors.Count);
}

public class UpayaTindakLanjutTests
{
    [Fact]
    public void the_teacher_records_activities_with_dates()
    {
        var kegiatan = UpayaTindakLanjut.Validasi(new IsiUpaya([new IsiKegiatan("r", new DateOnly(2026, 4, 1), "Komunitas belajar")]));
        Assert.Equal(kegiatan, UpayaTindakLanjut.Decide(Kondisi.Di(Tahap.UpayaTindakLanjut), Pelaku.Pemilik, kegiatan).Kegiatan);
    }

    [Theory]
    [InlineData("s")]
    [InlineData("ab")]
    [InlineData("")]
    public void an_activity_kind_outside_a_to_r_is_refused_by_its_path(string jenis) =>
        Assert.Contains("kegiatan[0].jenis", Assert.Throws<ValidasiException>(() =>
            UpayaTindakLanjut.Validasi(new IsiUpaya([new IsiKegiatan(jenis, new DateOnly(2026, 4, 1), "x")]))).Errors.Keys);
}

public class RefleksiTests
{
    [Fact]
    public void the_teacher_writes_the_reflection()
    {
        var refleksi = Refleksi.Validasi(Kondisi.Id, new IsiRefleksi("a", "b", "c", "d"));
        Assert.Equal(refleksi, Refleksi.Decide(Kondisi.Di(Tahap.Refleksi), Pelaku.Pemilik, refleksi));
    }
}

public class KonfirmasiRefleksiTests
{
    [Fact]
    public void the_rater_completes_the_cycle_with_the_observations_rubric()
    {
        var e = KonfirmasiRefleksi.Decide(Kondisi.Di(Tahap.KonfirmasiRefleksi), Pelaku.Penilai, Kondisi.Kepala);
        Assert.Equal((Kondisi.Guru, 2026, Kondisi.Rubrik), (e.PegawaiId, e.Tahun, e.Rubrik));
        Assert.Equal(Tahap.Selesai, Diberikan.Dari<Siklus>(
            new SiklusDibuka(Kondisi.Id, Kondisi.Id, Kondisi.Guru, 2026, "20219001", "3273", "G-MK-1", PeranPemilik.Guru, Kondisi.Fokus, Kondisi.Kepala),
            new PersiapanDisusun(Kondisi.Id, Kondisi.Fokus, "u", Kondisi.Jadwal), new JadwalDikonfirmasi(Kondisi.Id, Kondisi.Kepala),
            new ObservasiDilakukan(Kondisi.Id, Kondisi.Rubrik, "r", Kondisi.Kepala),
            new DiskusiTindakLanjutDicatat(Kondisi.Id, "a", "b", "c", "d", "e", Kondisi.Kepala),
            new UpayaTindakLanjutDicatat(Kondisi.Id, []), new RefleksiDisusun(Kondisi.Id, "a", "b", "c", "d"), e).Tahap);
    }
}

/// <summary>What a cycle offers each side (<see cref="AksiSiklus"/>): the step due, to whoever's step it is.</summary>
public class AksiSiklusTests
{
    [Theory]
    [MemberData(nameof(UrutanLangkahTests.SetiapLangkah), MemberType = typeof(UrutanLangkahTests))]
    public void the_step_due_is_offered_to_its_actor_only(Tahap tahap, Pelaku oleh)
    {
        var siklus = Kondisi.Di(tahap);
        var lain = oleh == Pelaku.Pemilik ? Pelaku.Penilai : Pelaku.Pemilik;

        // besides the step, the owner may propose another time between step A and the observation
        // and, once the observation is recorded, the acknowledgement of its record
        string[] milikPemilik = tahap switch
        {
            Tahap.KonfirmasiJadwal or Tahap.Observasi => ["jadwal"],
            > Tahap.Observasi => ["dibaca"],
            _ => [],
        };
        Assert.Equal([AksiSiklus.Jalur(tahap), .. oleh == Pelaku.Pemilik ? milikPemilik : []], AksiSiklus.Untuk(siklus, oleh));
        Assert.Equal(lain == Pelaku.Pemilik ? milikPemilik : [], AksiSiklus.Untuk(siklus, lain));
        Assert.Empty(AksiSiklus.Untuk(siklus, Pelaku.Operator));
    }

    [Fact]
    public void a_complete_cycle_offers_only_the_records_acknowledgement_until_said()
    {
        Assert.Equal(["dibaca"], AksiSiklus.Untuk(Kondisi.Di(Tahap.Selesai), Pelaku.Pemilik));
        Assert.Empty(AksiSiklus.Untuk(Diberikan.Lalu(Kondisi.Di(Tahap.Selesai), new CatatanObservasiDibaca(Kondisi.Id)), Pelaku.Pemilik));
        Assert.Empty(AksiSiklus.Untuk(Kondisi.Di(Tahap.Selesai), Pelaku.Penilai));
    }
}

/// <summary>The teacher's "Saya telah membaca" on the observation record (issue 25, item 5).</summary>
public class BacaCatatanTests
{
    [Theory]
    [InlineData(Tahap.DiskusiTindakLanjut)]
    [InlineData(Tahap.Selesai)]
    public void the_owner_acknowledges_a_recorded_observation_once(Tahap tahap)
    {
        Assert.Equal([new CatatanObservasiDibaca(Kondisi.Id)], BacaCatatan.Decide(Kondisi.Di(tahap), Pelaku.Pemilik));
        Assert.Empty(BacaCatatan.Decide(Diberikan.Lalu(Kondisi.Di(tahap), new CatatanObservasiDibaca(Kondisi.Id)), Pelaku.Pemilik));
    }

    [Fact]
    public void only_the_owner_and_only_once_the_observation_is_recorded()
    {
        Assert.Throws<TerlarangException>(() => BacaCatatan.Decide(Kondisi.Di(Tahap.Selesai), Pelaku.Penilai));
        Assert.Throws<TerlarangException>(() => BacaCatatan.Decide(Kondisi.Di(Tahap.Selesai), Pelaku.Operator));
        Assert.Contains("belum dilakukan", Assert.Throws<KonflikException>(() => BacaCatatan.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Pemilik)).Message);
    }
}

/// <summary>Another observation time (<see cref="UbahJadwal"/>): proposed by the owner, confirmed again by the rater, the old one kept.</summary>
public class UbahJadwalTests
{
    private static readonly DateTimeOffset Kini = Kondisi.Jadwal.AddDays(-1);

    [Theory]
    [InlineData(Tahap.KonfirmasiJadwal)]
    [InlineData(Tahap.Observasi)]
    public void the_owner_proposes_another_time_which_the_rater_confirms_again_and_the_history_keeps_both(Tahap tahap)
    {
        var baru = Kondisi.Jadwal.AddDays(7);
        var e = UbahJadwal.Decide(Kondisi.Di(tahap), Pelaku.Pemilik, baru, Kini);

        Assert.Equal(new JadwalDiubah(Kondisi.Id, Kondisi.Jadwal, baru), e);
        var sesudah = Kondisi.Di(tahap).Apply(e);
        Assert.Equal(Tahap.KonfirmasiJadwal, sesudah.Tahap);
        Assert.Equal(baru, sesudah.Persiapan!.Jadwal);
        Assert.Equal([Kondisi.Jadwal], sesudah.JadwalSebelumnya);
        Assert.Equal(Pelaku.Penilai, Siklus.Oleh(sesudah.Tahap));
    }

    [Fact]
    public void the_rater_cannot_propose_it_and_a_time_in_the_past_is_refused_by_its_field()
    {
        Assert.Throws<TerlarangException>(() => UbahJadwal.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Penilai, Kondisi.Jadwal.AddDays(7), Kini));
        var e = Assert.Throws<ValidasiException>(() => UbahJadwal.Decide(Kondisi.Di(Tahap.Observasi), Pelaku.Pemilik, Kini.AddMinutes(-1), Kini));
        Assert.Contains("jadwal", e.Errors.Keys);
    }

    [Theory]
    [InlineData(Tahap.Persiapan)]
    [InlineData(Tahap.DiskusiTindakLanjut)]
    [InlineData(Tahap.Selesai)]
    public void before_step_a_or_once_observed_there_is_no_time_to_change(Tahap tahap)
    {
        Assert.Throws<KonflikException>(() => UbahJadwal.Decide(Kondisi.Di(tahap), Pelaku.Pemilik, Kondisi.Jadwal.AddDays(7), Kini));
        Assert.DoesNotContain("jadwal", AksiSiklus.Untuk(Kondisi.Di(tahap), Pelaku.Pemilik));
    }
}
