namespace Kinerja.Domain.Tests.Penilaian;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Problems;

/// <summary>An assessment in the states the commands meet.</summary>
public static class Kondisi
{
    public static readonly Guid Id = Guid.Parse("3e9a1c2b-5d4f-4a6b-8c7d-9e0f1a2b3c4d");
    public const string Guru = "198503152010012001";
    public const string Kepala = "197505102000031002";
    public static readonly DateTimeOffset Kini = new(2026, 12, 20, 3, 0, 0, TimeSpan.Zero);

    public static readonly PegawaiLokal Madya = new()
    {
        Id = Guru, Nama = "Siti", Jenjang = "AhliMadya", Npsn = "20219001", Wilayah = "3273", DiperbaruiPada = DateTimeOffset.UnixEpoch,
    };

    private static readonly PenilaianDibuka Dibuka = new(Id, Id, Guru, 2026, "20219001", "3273", PeranPemilik.Guru);

    public static Penilaian MenungguSiklus => Diberikan.Dari<Penilaian>(Dibuka);

    public static Penilaian SiapDinilai => Diberikan.Dari<Penilaian>(Dibuka, new SiklusSelesaiDicatat(Id, Id));

    public static Penilaian Dinilai(Rating hasil = Rating.SesuaiEkspektasi, Rating perilaku = Rating.SesuaiEkspektasi) =>
        Diberikan.Dari<Penilaian>(Dibuka, new SiklusSelesaiDicatat(Id, Id), new Dinilai(Id, hasil, perilaku, "Pertahankan.", Kepala));

    public static Penilaian Ditetapkan()
    {
        var dinilai = Dinilai();
        return Diberikan.Dari<Penilaian>(Dibuka, new SiklusSelesaiDicatat(Id, Id), new Dinilai(Id, Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, "x", Kepala),
            Tetapkan.Pratinjau(dinilai, Madya, 12, Kepala, Kini));
    }
}

public class NilaiTests
{
    private static readonly Nilai.Isi Isi = new(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, "Terus kembangkan.");

    [Fact]
    public void the_rater_rates_once_the_cycle_is_complete() =>
        Assert.Equal([new Dinilai(Kondisi.Id, Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, "Terus kembangkan.", Kondisi.Kepala)],
            Nilai.Decide(Kondisi.SiapDinilai, Isi, Kondisi.Kepala));

    [Fact]
    public void a_rating_changes_until_it_is_final() => Assert.Single(Nilai.Decide(Kondisi.Dinilai(), Isi, Kondisi.Kepala));

    [Fact]
    public void not_before_the_cycle_is_complete() =>
        Assert.Contains("belum selesai", Assert.Throws<KonflikException>(() => Nilai.Decide(Kondisi.MenungguSiklus, Isi, Kondisi.Kepala)).Message);

    [Fact]
    public void a_final_assessment_changes_only_by_correction() =>
        Assert.Contains("koreksi", Assert.Throws<KonflikException>(() => Nilai.Decide(Kondisi.Ditetapkan(), Isi, Kondisi.Kepala)).Message);

    [Fact]
    public void both_ratings_and_feedback_are_required()
    {
        var galat = Assert.Throws<ValidasiException>(() => Nilai.Validasi(new IsiNilai(null, null, " ")));
        Assert.Equal(["hasilKerja", "perilakuKerja", "umpanBalik"], galat.Errors.Keys.Order());
    }
}

public class TetapkanTests
{
    [Fact]
    public void finalising_fixes_the_predikat_from_the_matrix_and_the_angka_kredit_from_the_jenjang()
    {
        var e = Assert.IsType<PredikatDitetapkan>(Assert.Single(Tetapkan.Decide(Kondisi.Dinilai(), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini)));
        Assert.Equal((PredikatKinerja.Baik, 37.5m, 37.5m, 0, "Siti"), (e.Predikat, e.AngkaKredit, e.Koefisien, e.KoreksiKe, e.Nama));
    }

    [Fact]
    public void a_non_asn_teacher_gets_a_predikat_and_no_angka_kredit_and_stays_out_of_e_kinerja()
    {
        var nonAsn = Kondisi.Madya with { Id = "nuptk:1234567890123456", Jenjang = "", StatusKepegawaian = "NonASN", Nip = null };
        var e = Assert.IsType<PredikatDitetapkan>(Assert.Single(Tetapkan.Decide(Kondisi.Dinilai(), nonAsn, 12, Kondisi.Kepala, Kondisi.Kini)));
        Assert.Equal((PredikatKinerja.Baik, null, null, "NonASN"), (e.Predikat, e.AngkaKredit, e.Koefisien, e.StatusKepegawaian));
        Assert.Null(e.NipEKinerja);
        // an ASN's NIP goes to e-Kinerja, also from events stored before the NIP was recorded beside the id
        var asn = Assert.IsType<PredikatDitetapkan>(Tetapkan.Decide(Kondisi.Dinilai(), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini)[0]);
        Assert.Equal(Kondisi.Guru, asn.NipEKinerja);
    }

    [Fact]
    public void a_six_month_period_earns_half() =>
        Assert.Equal(18.75m, Tetapkan.Pratinjau(Kondisi.Dinilai(), Kondisi.Madya, 6, Kondisi.Kepala, Kondisi.Kini).AngkaKredit);

    [Fact]
    public void the_preview_is_what_finalising_fixes() =>
        Assert.Equal(Tetapkan.Pratinjau(Kondisi.Dinilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini),
            Tetapkan.Decide(Kondisi.Dinilai(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini)[0]);

    [Fact]
    public void an_unrated_assessment_is_not_finalised()
    {
        Assert.Contains("Belum dinilai", Assert.Throws<KonflikException>(() => Tetapkan.Decide(Kondisi.SiapDinilai, Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini)).Message);
        Assert.Throws<KonflikException>(() => Tetapkan.Decide(Kondisi.MenungguSiklus, Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini));
    }

    [Fact]
    public void a_final_assessment_is_not_finalised_again() =>
        Assert.Throws<KonflikException>(() => Tetapkan.Decide(Kondisi.Ditetapkan(), Kondisi.Madya, 12, Kondisi.Kepala, Kondisi.Kini));
}

public class KoreksiTests
{
    private static readonly Koreksi.Isi Isi = new(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, "Bukti baru dari pengawas.");

    [Fact]
    public void a_correction_is_a_new_result_with_its_reason_and_the_next_number()
    {
        var e = Assert.IsType<PredikatDitetapkan>(Assert.Single(Koreksi.Decide(Kondisi.Ditetapkan(), Kondisi.Madya, Isi, 12, Kondisi.Kepala, Kondisi.Kini)));
        Assert.Equal((PredikatKinerja.SangatBaik, 56.25m, 1, "Bukti baru dari pengawas."), (e.Predikat, e.AngkaKredit, e.KoreksiKe, e.Alasan));
    }

    [Fact]
    public void before_finalising_the_rating_is_changed_instead() =>
        Assert.Contains("ubah nilainya", Assert.Throws<KonflikException>(() => Koreksi.Decide(Kondisi.Dinilai(), Kondisi.Madya, Isi, 12, Kondisi.Kepala, Kondisi.Kini)).Message);

    [Fact]
    public void the_reason_is_required() =>
        Assert.Contains("alasan", Assert.Throws<ValidasiException>(() => Koreksi.Validasi(new IsiKoreksi(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, null))).Errors.Keys);
}

/// <summary>What an assessment offers its rater and no one else (<see cref="AksiPenilaian"/>), at each state.</summary>
public class AksiPenilaianTests
{
    private static IReadOnlyList<string> Aksi(Penilaian p, Pelaku pelaku) => AksiPenilaian.Untuk(p, pelaku);

    [Fact]
    public void the_rater_is_offered_what_the_state_allows() =>
        Assert.Equal(
            [[], ["nilai"], ["nilai", "tetapkan"], ["koreksi"]],
            new[] { Kondisi.MenungguSiklus, Kondisi.SiapDinilai, Kondisi.Dinilai(), Kondisi.Ditetapkan() }.Select(p => Aksi(p, Pelaku.Penilai)));

    [Fact]
    public void the_owner_and_an_operator_are_offered_nothing_to_rate() =>
        Assert.All(new[] { Pelaku.Pemilik, Pelaku.Operator }, pelaku => Assert.Empty(Aksi(Kondisi.Dinilai(), pelaku)));

    [Fact]
    public void the_owner_is_offered_the_acknowledgement_of_a_finalised_result_until_said()
    {
        Assert.Equal(["dibaca"], Aksi(Kondisi.Ditetapkan(), Pelaku.Pemilik));
        Assert.Empty(Aksi(Diberikan.Lalu(Kondisi.Ditetapkan(), new HasilDibaca(Kondisi.Id, 0)), Pelaku.Pemilik));
        Assert.Empty(Aksi(Kondisi.Ditetapkan(), Pelaku.Operator));
    }
}

/// <summary>The pegawai's "Saya telah membaca" on the result (issue 25, item 5).</summary>
public class BacaHasilTests
{
    [Fact]
    public void the_owner_acknowledges_the_finalised_result_once() =>
        Assert.Equal([new HasilDibaca(Kondisi.Id, 0)], BacaHasil.Decide(Kondisi.Ditetapkan(), Pelaku.Pemilik));

    [Fact]
    public void saying_it_again_changes_nothing_until_a_correction_makes_a_new_result()
    {
        var dibaca = Diberikan.Lalu(Kondisi.Ditetapkan(), new HasilDibaca(Kondisi.Id, 0));
        Assert.Empty(BacaHasil.Decide(dibaca, Pelaku.Pemilik));
        var koreksi = Koreksi.Decide(dibaca, Kondisi.Madya, new Koreksi.Isi(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, "Bukti baru."), 12, Kondisi.Kepala, Kondisi.Kini);
        Assert.Equal([new HasilDibaca(Kondisi.Id, 1)], BacaHasil.Decide(Diberikan.Lalu(dibaca, [.. koreksi]), Pelaku.Pemilik));
    }

    [Fact]
    public void only_the_owner_and_only_a_finalised_result()
    {
        Assert.Throws<TerlarangException>(() => BacaHasil.Decide(Kondisi.Ditetapkan(), Pelaku.Penilai));
        Assert.Throws<TerlarangException>(() => BacaHasil.Decide(Kondisi.Ditetapkan(), Pelaku.Operator));
        Assert.Contains("belum ditetapkan", Assert.Throws<KonflikException>(() => BacaHasil.Decide(Kondisi.Dinilai(), Pelaku.Pemilik)).Message);
    }
}
