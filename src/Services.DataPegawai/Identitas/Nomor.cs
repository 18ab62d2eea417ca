namespace Kinerja.DataPegawai.Identitas;

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

/// <summary>
/// The national identifiers of domain.md §3. Each check returns null when the value is valid, else the
/// reason in words an operator can act on.
/// </summary>
public static class Nomor
{
    /// <summary>NPSN: the school's 8 digits.</summary>
    public static string? PeriksaNpsn(string? npsn) =>
        Digits(npsn, 8) ? null : "NPSN harus 8 digit angka.";

    /// <summary>Kode wilayah kabupaten/kota: 4 digits (2 province + 2 regency/city).</summary>
    public static string? PeriksaWilayah(string? wilayah) =>
        Digits(wilayah, 4) ? null : "Kode wilayah kabupaten/kota harus 4 digit angka, misalnya 3273.";

    /// <summary>
    /// NIP: birth date <c>YYYYMMDD</c>, TMT CPNS <c>YYYYMM</c>, sex digit (1 male, 2 female), 3-digit serial.
    /// </summary>
    public static string? PeriksaNip(string? nip)
    {
        if (!Digits(nip, 18))
        {
            return "NIP harus 18 digit angka.";
        }

        if (!TanggalAngka.CobaRapat(nip.AsSpan(0, 8), out var lahir) || lahir.Year < 1900)
        {
            return $"NIP: tanggal lahir {nip[..8]} (digit 1–8) bukan tanggal yang sah.";
        }

        var tahunTmt = TanggalAngka.Angka(nip.AsSpan(8, 4));
        var bulanTmt = TanggalAngka.Angka(nip.AsSpan(12, 2));
        if (bulanTmt is < 1 or > 12 || tahunTmt < lahir.Year)
        {
            return $"NIP: TMT CPNS {nip[8..14]} (digit 9–14) bukan bulan yang sah setelah tanggal lahir.";
        }

        return nip[14] is '1' or '2' ? null : "NIP: digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).";
    }


    /// <summary>
    /// NIK: province (2), kabupaten/kota (2), kecamatan (2), birth date <c>DDMMYY</c> with 40 added to the
    /// day for women, 4-digit serial.
    /// </summary>
    public static string? PeriksaNik(string? nik)
    {
        if (!Digits(nik, 16))
        {
            return "NIK harus 16 digit angka.";
        }

        return TanggalDariNik(nik) is null
            ? $"NIK: tanggal lahir {nik[6..12]} (digit 7–12, hari + 40 untuk perempuan) bukan tanggal yang sah."
            : null;
    }

    /// <summary>NUPTK: 16 digits.</summary>
    public static string? PeriksaNuptk(string? nuptk) =>
        Digits(nuptk, 16) ? null : "NUPTK harus 16 digit angka.";

    public static DateOnly TanggalDariNip(string nip) =>
        DateOnly.ParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    public static JenisKelamin JenisKelaminDariNip(string nip) => nip[14] == '2' ? JenisKelamin.P : JenisKelamin.L;

    /// <summary>The birth date and sex a NIK encodes; null when the digits are no date. Two-digit years
    /// are read as the most recent past century, as Dukcapil does.</summary>
    public static (DateOnly Tanggal, JenisKelamin JenisKelamin)? TanggalDariNik(string nik, int? tahunSekarang = null)
    {
        var hari = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var bulan = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var tahun2 = int.Parse(nik.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var perempuan = hari > 40;
        if (perempuan)
        {
            hari -= 40;
        }

        var kini = tahunSekarang ?? DateTime.UtcNow.Year;
        var tahun = 2000 + tahun2 > kini ? 1900 + tahun2 : 2000 + tahun2;
        if (bulan is < 1 or > 12 || hari < 1 || hari > DateTime.DaysInMonth(tahun, bulan))
        {
            return null;
        }

        return (new DateOnly(tahun, bulan, hari), perempuan ? JenisKelamin.P : JenisKelamin.L);
    }

    private static bool Digits([NotNullWhen(true)] string? value, int length) =>
        value is not null && value.Length == length && !value.AsSpan().ContainsAnyExceptInRange('0', '9');
}

/// <summary>L (laki-laki) or P (perempuan), as the registries write it.</summary>
public enum JenisKelamin { L, P }
