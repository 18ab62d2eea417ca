namespace Kinerja.Domain.Tests.Akses;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;

/// <summary>
/// Who the caller is to a plan, cycle or assessment (<see cref="AturanAkses.Tentukan"/>), one row per case:
/// the caller, whose object it is, who heads the owner's school, and the answer.
/// </summary>
public class AturanAksesTests
{
    private const string Guru = "198503152010012001";
    private const string GuruLain = "198601012010012002";
    private const string Kepala = "197505102000031002";
    private const string KepalaBaru = "197801012003121003";
    private const string Pengawas = "196801011990031004";
    private const string PengawasLain = "196901011991031005";
    private const string Operator = "operator-3273";
    private const string Sekolah = "20219001";
    private const string Wilayah = "3273";
    private static readonly DateOnly Hari = new(2026, 3, 10);

    private static readonly Milik RencanaGuru = new(Guru, Sekolah, Wilayah, MilikKepalaSekolah: false);
    private static readonly Milik RencanaKepala = new(Kepala, Sekolah, Wilayah, MilikKepalaSekolah: true);

    private static Pemanggil Sebagai(string nip, string peran, string? npsn = null, string? wilayah = null) =>
        new(nip, new HashSet<string> { peran }, npsn, wilayah, Hari);

    private static KepalaSekolahLokal Dipimpin(string nip, DateOnly sejak, string? sebelumnya = null) => new()
    {
        Id = Sekolah, PegawaiId = nip, Plt = false, BerlakuSejak = sejak, Wilayah = Wilayah, DitugaskanPada = DateTimeOffset.UnixEpoch,
        Sebelumnya = sebelumnya is null ? null : new PenugasanKepala(sebelumnya, false, new DateOnly(2020, 1, 1)),
    };

    private static readonly KepalaSekolahLokal KepalaHariIni = Dipimpin(Kepala, new DateOnly(2024, 1, 1));

    private static PenilaiSekolahLokal Dinilai(string nip, DateOnly sejak, string? sebelumnya = null) => new()
    {
        Id = Sekolah, PegawaiId = nip, BerlakuSejak = sejak, Wilayah = Wilayah, DitugaskanPada = DateTimeOffset.UnixEpoch,
        Sebelumnya = sebelumnya is null ? null : new PenugasanPenilai(sebelumnya, new DateOnly(2020, 1, 1)),
    };

    private static readonly PenilaiSekolahLokal PengawasHariIni = Dinilai(Pengawas, new DateOnly(2024, 1, 1));

    /// <summary>Who rates a principal, and a Plt's own plan: the penilai-ks the school is assigned (domain.md §1).</summary>
    public static TheoryData<string, Pemanggil, Milik, KepalaSekolahLokal?, PenilaiSekolahLokal?, Pelaku> KasusPenilaiKs => new()
    {
        { "the penilai-ks assigned the school, on its principal's plan", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, PengawasHariIni, Pelaku.Penilai },
        { "the assigned penilai-ks with a token of another wilayah", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: "3204"), RencanaKepala, KepalaHariIni, PengawasHariIni, Pelaku.Tidak },
        { "another penilai-ks of the wilayah, on that principal's plan", Sebagai(PengawasLain, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, PengawasHariIni, Pelaku.Tidak },
        { "a penilai-ks of the wilayah, when the school has none assigned", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, null, Pelaku.Tidak },
        { "the penilai-ks reassigned away, from the new one's berlakuSejak", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, Dinilai(PengawasLain, Hari, Pengawas), Pelaku.Tidak },
        { "the penilai-ks reassigned away, until the new one's berlakuSejak", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, Dinilai(PengawasLain, Hari.AddDays(1), Pengawas), Pelaku.Penilai },
        { "the new penilai-ks, from berlakuSejak", Sebagai(PengawasLain, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala, KepalaHariIni, Dinilai(PengawasLain, Hari, Pengawas), Pelaku.Penilai },
        { "the assigned penilai-ks, on a teacher's plan", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaGuru, KepalaHariIni, PengawasHariIni, Pelaku.Tidak },
        { "the assigned penilai-ks, on the own teacher plan of a Plt heading the school", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaGuru, Dipimpin(Guru, Hari) with { Plt = true }, PengawasHariIni, Pelaku.Penilai },
        { "the former principal, on the own plan of the teacher who heads the school now", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(Guru, Hari, Kepala), PengawasHariIni, Pelaku.Tidak },
        { "the Plt, on another teacher's plan of the school", Sebagai(GuruLain, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(GuruLain, Hari) with { Plt = true }, PengawasHariIni, Pelaku.Penilai },
    };

    [Theory]
    [MemberData(nameof(KasusPenilaiKs))]
    public void who_rates_a_principal_and_a_plt(string kasus, Pemanggil pemanggil, Milik milik, KepalaSekolahLokal? kepala, PenilaiSekolahLokal? penilai,
        Pelaku pelaku) =>
        Assert.True(pelaku == AturanAkses.Tentukan(pemanggil, new FaktaAkses(milik, kepala, penilai)), kasus);

    public static TheoryData<string, Pemanggil, Milik, KepalaSekolahLokal?, Pelaku> Kasus => new()
    {
        { "the teacher, on their own plan", Sebagai(Guru, Peran.Guru, Sekolah), RencanaGuru, KepalaHariIni, Pelaku.Pemilik },
        { "the principal heading the school today, on a teacher's plan", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru, KepalaHariIni, Pelaku.Penilai },
        { "a principal whose token names the school but who does not head it", Sebagai(KepalaBaru, Peran.KepalaSekolah, Sekolah), RencanaGuru, KepalaHariIni, Pelaku.Tidak },
        { "a principal of a school nobody heads yet", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru, null, Pelaku.Tidak },
        { "the new principal before berlakuSejak", Sebagai(KepalaBaru, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(KepalaBaru, Hari.AddDays(1), Kepala), Pelaku.Tidak },
        { "the former principal until the new one's berlakuSejak", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(KepalaBaru, Hari.AddDays(1), Kepala), Pelaku.Penilai },
        { "the new principal from berlakuSejak", Sebagai(KepalaBaru, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(KepalaBaru, Hari, Kepala), Pelaku.Penilai },
        { "the former principal from the new one's berlakuSejak", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(KepalaBaru, Hari, Kepala), Pelaku.Tidak },
        { "a teacher made head of their own school, on their own plan", Sebagai(Guru, Peran.KepalaSekolah, Sekolah), RencanaGuru, Dipimpin(Guru, Hari), Pelaku.Pemilik },
        { "another teacher of the school", Sebagai(GuruLain, Peran.Guru, Sekolah), RencanaGuru, KepalaHariIni, Pelaku.Tidak },
        { "the principal, on their own plan", Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaKepala, KepalaHariIni, Pelaku.Pemilik },
        { "a penilai-ks of another wilayah, on a principal's plan", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: "3204"), RencanaKepala, null, Pelaku.Tidak },
        { "a penilai-ks of the wilayah, on a teacher's plan", Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaGuru, KepalaHariIni, Pelaku.Tidak },
        { "a principal of the school, on the school's principal's plan", Sebagai(KepalaBaru, Peran.KepalaSekolah, Sekolah), RencanaKepala, KepalaHariIni, Pelaku.Tidak },
        { "an operator-dinas of the wilayah", Sebagai(Operator, Peran.OperatorDinas, wilayah: Wilayah), RencanaGuru, KepalaHariIni, Pelaku.Operator },
        { "an operator-dinas of another wilayah", Sebagai(Operator, Peran.OperatorDinas, wilayah: "3204"), RencanaGuru, KepalaHariIni, Pelaku.Tidak },
        { "an operator-dinas without a wilayah", Sebagai(Operator, Peran.OperatorDinas), RencanaKepala, null, Pelaku.Tidak },
        { "an admin", Sebagai("admin", Peran.Admin), RencanaKepala, null, Pelaku.Operator },
        { "a regional system of the wilayah: reads feeds, is nobody to a plan", Sebagai("bkd-3273", Peran.SistemRegional, wilayah: Wilayah), RencanaGuru, KepalaHariIni, Pelaku.Tidak },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void who_the_caller_is_to_the_object(string kasus, Pemanggil pemanggil, Milik milik, KepalaSekolahLokal? kepala, Pelaku pelaku) =>
        Assert.True(pelaku == AturanAkses.Tentukan(pemanggil, new FaktaAkses(milik, kepala)), kasus);

    [Fact]
    public void the_head_of_the_school_is_read_only_for_a_principal_on_someone_elses_teacher_plan()
    {
        Assert.True(FaktaAkses.PerluKepalaSekolah(Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaGuru));
        Assert.False(FaktaAkses.PerluKepalaSekolah(Sebagai(Guru, Peran.KepalaSekolah, Sekolah), RencanaGuru));
        Assert.False(FaktaAkses.PerluKepalaSekolah(Sebagai(KepalaBaru, Peran.KepalaSekolah, Sekolah), RencanaKepala));
        Assert.False(FaktaAkses.PerluKepalaSekolah(Sebagai(Operator, Peran.OperatorDinas, wilayah: Wilayah), RencanaGuru));
        Assert.True(FaktaAkses.PerluKepalaSekolah(Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaGuru));
    }

    [Fact]
    public void the_schools_penilai_ks_is_read_only_for_a_penilai_ks()
    {
        Assert.True(FaktaAkses.PerluPenilai(Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah), RencanaKepala));
        Assert.False(FaktaAkses.PerluPenilai(Sebagai(Kepala, Peran.KepalaSekolah, Sekolah), RencanaKepala));
        Assert.False(FaktaAkses.PerluPenilai(Sebagai(Operator, Peran.OperatorDinas, wilayah: Wilayah), RencanaKepala));
    }

    [Fact]
    public void a_regions_feeds_are_read_by_its_operator_its_own_system_and_an_admin_only()
    {
        Assert.True(Sebagai("bkd-3273", Peran.SistemRegional, wilayah: Wilayah).MayReadRegion(Wilayah));
        Assert.False(Sebagai("bkd-3273", Peran.SistemRegional, wilayah: Wilayah).MayOperateIn(Wilayah));
        Assert.False(Sebagai("bkd-3204", Peran.SistemRegional, wilayah: "3204").MayReadRegion(Wilayah));
        Assert.False(Sebagai("bkd", Peran.SistemRegional).MayReadRegion(Wilayah));
        Assert.True(Sebagai(Operator, Peran.OperatorDinas, wilayah: Wilayah).MayReadRegion(Wilayah));
        Assert.False(Sebagai(Pengawas, Peran.PenilaiKs, wilayah: Wilayah).MayReadRegion(Wilayah));
        Assert.True(Sebagai("admin", Peran.Admin).MayReadRegion(Wilayah));
    }

    [Fact]
    public void whom_an_object_waits_on_is_its_rater_on_the_day_by_the_same_rule()
    {
        var dinilai = Dinilai(Pengawas, new DateOnly(2024, 1, 1));
        Assert.Equal(Kepala, AturanAkses.PenilaiPada(new FaktaAkses(RencanaGuru, KepalaHariIni, dinilai), Hari));
        Assert.Equal(Pengawas, AturanAkses.PenilaiPada(new FaktaAkses(RencanaKepala, KepalaHariIni, dinilai), Hari));
        // a teacher heading their own school (a Plt): their own plan waits on the penilai-ks, never on themself
        Assert.Equal(Pengawas, AturanAkses.PenilaiPada(new FaktaAkses(RencanaGuru, Dipimpin(Guru, new DateOnly(2026, 1, 1)), dinilai), Hari));
        // a new principal from their date, the former one until then
        Assert.Equal(Kepala, AturanAkses.PenilaiPada(new FaktaAkses(RencanaGuru, Dipimpin(KepalaBaru, new DateOnly(2026, 4, 1), Kepala)), Hari));
        Assert.Null(AturanAkses.PenilaiPada(new FaktaAkses(RencanaKepala, KepalaHariIni), Hari));
    }
}
