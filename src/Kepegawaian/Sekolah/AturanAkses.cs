namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.ServiceDefaults.Auth;

/// <summary>Whether a plan, cycle or assessment is a teacher's or a principal's: it decides who rates it.</summary>
public enum PeranPemilik { Guru, KepalaSekolah }

/// <summary>Who the caller is to a pegawai's plan, cycle or assessment.</summary>
public enum Pelaku
{
    /// <summary>Nothing: to them the object does not exist (404).</summary>
    Tidak,
    Pemilik,
    Penilai,
    /// <summary>An operator-dinas of the wilayah or an admin: reads, never writes.</summary>
    Operator,
}

/// <summary>Whose object it is: the pegawai, their school and wilayah, and whether they head that school.</summary>
public sealed record Milik(string PegawaiId, string Npsn, string Wilayah, bool MilikKepalaSekolah);

/// <summary>
/// What the access rule reads besides the caller: the object's owner and place, who heads the owner's school and
/// which penilai-ks the school is assigned (this service's copies; null when the rule does not need them or nobody
/// has been assigned).
/// </summary>
public sealed record FaktaAkses(Milik Milik, KepalaSekolahLokal? KepalaSekolah, PenilaiSekolahLokal? Penilai = null)
{
    /// <summary>Whether <see cref="AturanAkses.Tentukan"/> needs the head of the school for this caller.</summary>
    public static bool PerluKepalaSekolah(Pemanggil pemanggil, Milik milik) =>
        pemanggil.PegawaiId != milik.PegawaiId && !milik.MilikKepalaSekolah && (pemanggil.Is(Peran.KepalaSekolah) || pemanggil.Is(Peran.PenilaiKs));

    /// <summary>Whether <see cref="AturanAkses.Tentukan"/> needs the school's penilai-ks for this caller.</summary>
    public static bool PerluPenilai(Pemanggil pemanggil, Milik milik) =>
        pemanggil.PegawaiId != milik.PegawaiId && pemanggil.Is(Peran.PenilaiKs);
}

/// <summary>
/// Who may touch a pegawai's plan, cycle or assessment (domain.md §1), the one rule Perencanaan, Observasi
/// and Penilaian share. Every command's endpoint reaches it through <see cref="Akses"/>, which loads the
/// <see cref="FaktaAkses"/>; the list filter <see cref="DaftarTerlihat"/> is the same rule written as SQL.
/// <list type="bullet">
/// <item>the owner is the <see cref="Pelaku.Pemilik"/>;</item>
/// <item>a teacher's rater is whoever heads their school on the day (after a change, the new principal from its
/// <c>berlakuSejak</c>, the former one until then), a Plt as a principal;</item>
/// <item>a principal's rater is the penilai-ks the operator assigned the school, on the day, acting in the school's
/// wilayah (not any penilai-ks of the wilayah);</item>
/// <item>nobody rates themself: the own teacher plan of whoever heads the school (a Plt, or a teacher made
/// principal mid-year) is rated by the school's penilai-ks, so it always reaches the end of the year;</item>
/// <item>an operator-dinas of the wilayah, or an admin, reads;</item>
/// <item>anyone else gets nothing.</item>
/// </list>
/// Which side may do what is each command's decision.
/// </summary>
public static class AturanAkses
{
    public static Pelaku Tentukan(Pemanggil pemanggil, FaktaAkses fakta)
    {
        var milik = fakta.Milik;
        if (pemanggil.PegawaiId == milik.PegawaiId)
        {
            return Pelaku.Pemilik;
        }

        var hari = pemanggil.HariIni;
        var penilai = DinilaiPenilaiKs(fakta, hari)
            ? pemanggil.Is(Peran.PenilaiKs) && pemanggil.Wilayah == milik.Wilayah
            : pemanggil.Is(Peran.KepalaSekolah);
        if (penilai && PenilaiPada(fakta, hari) == pemanggil.PegawaiId)
        {
            return Pelaku.Penilai;
        }

        return pemanggil.MayOperateIn(milik.Wilayah) ? Pelaku.Operator : Pelaku.Tidak;
    }

    /// <summary>Who rates the object on the day (the reminders ask whom a plan waits on): null when nobody is assigned.</summary>
    public static string? PenilaiPada(FaktaAkses fakta, DateOnly hari) =>
        DinilaiPenilaiKs(fakta, hari) ? fakta.Penilai?.PegawaiIdPada(hari) : fakta.KepalaSekolah?.PegawaiIdPada(hari);

    /// <summary>A principal's object, or the own plan of whoever heads the school that day, is the penilai-ks's.</summary>
    private static bool DinilaiPenilaiKs(FaktaAkses fakta, DateOnly hari) =>
        fakta.Milik.MilikKepalaSekolah || fakta.KepalaSekolah?.PegawaiIdPada(hari) == fakta.Milik.PegawaiId;
}
