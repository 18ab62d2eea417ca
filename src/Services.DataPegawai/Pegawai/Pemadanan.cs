namespace Kinerja.DataPegawai.Pegawai;

using System.Globalization;
using Kinerja.DataPegawai.Identitas;

/// <summary>
/// Reconciliation, exactly as domain.md §3: Dapodik ↔ Dukcapil by NIK, Dapodik ↔ SI-ASN by NIP (a non-ASN teacher,
/// without NIP, is reconciled against Dukcapil only); names
/// normalised; the dates and sex embedded in NIP and NIK checked against Dukcapil. Pure: the sources in,
/// the differences out.
/// </summary>
public static class Pemadanan
{
    /// <param name="nipSiasnLain">NIP under which SI-ASN holds a person with this Dapodik NIK, when not this one.</param>
    public static IReadOnlyList<Disparitas> Hitung(
        RekamanDapodik? dapodik, RekamanSiasn? siasn, RekamanDukcapil? dukcapil, string? nipSiasnLain = null)
    {
        var hasil = new List<Disparitas>();

        if (dapodik is null)
        {
            hasil.Add(Satu("tidak-ada-dapodik", JenisDisparitas.TidakAdaDiDapodik, "Tidak ada di Dapodik.",
                ("siasn", siasn?.Nip ?? "")));
        }

        // a non-ASN teacher (a Dapodik row without NIP) has no SI-ASN record to miss: Dapodik meets Dukcapil only
        if (siasn is null && dapodik is not { NonAsn: true })
        {
            hasil.Add(nipSiasnLain is not null && dapodik is not null
                ? Satu("nip-dapodik-siasn", JenisDisparitas.NipBerbeda,
                    "SI-ASN mencatat NIK ini dengan NIP lain.", ("dapodik", dapodik.Nip), ("siasn", nipSiasnLain))
                : Satu("tidak-ada-siasn", JenisDisparitas.TidakAdaDiSiasn, "Tidak ada di SI-ASN dengan NIP ini.",
                    ("dapodik", dapodik?.Nip ?? "")));
        }

        if (dukcapil is null)
        {
            hasil.Add(Satu("tidak-ada-dukcapil", JenisDisparitas.TidakAdaDiDukcapil, "NIK tidak ditemukan di Dukcapil.",
                ("dapodik", dapodik?.Nik ?? siasn?.Nik ?? "")));
        }

        if (dapodik is not null && siasn is not null && dapodik.Nik != siasn.Nik)
        {
            hasil.Add(Satu("nik-dapodik-siasn", JenisDisparitas.NikBerbeda, "NIK di Dapodik dan SI-ASN berbeda.",
                ("dapodik", dapodik.Nik), ("siasn", siasn.Nik)));
        }

        if (dukcapil is not null)
        {
            BandingkanDenganDukcapil(hasil, "dapodik", dapodik?.Nama, dapodik?.TanggalLahir, dapodik?.JenisKelamin, dukcapil);
            BandingkanDenganDukcapil(hasil, "siasn", siasn?.Nama, siasn?.TanggalLahir, siasn?.JenisKelamin, dukcapil);

            if ((siasn?.Nip ?? dapodik?.Nip) is { Length: > 0 } nip)
            {
                if (Nomor.TanggalDariNip(nip) != dukcapil.TanggalLahir)
                {
                    hasil.Add(Satu("tanggal-lahir-nip", JenisDisparitas.TanggalLahirNip,
                        "Tanggal lahir dalam NIP tidak sama dengan Dukcapil.",
                        ("nip", Tanggal(Nomor.TanggalDariNip(nip))), ("dukcapil", Tanggal(dukcapil.TanggalLahir))));
                }

                if (Nomor.JenisKelaminDariNip(nip) != dukcapil.JenisKelamin)
                {
                    hasil.Add(Satu("jenis-kelamin-nip", JenisDisparitas.JenisKelaminNip,
                        "Digit jenis kelamin dalam NIP tidak sama dengan Dukcapil.",
                        ("nip", Nomor.JenisKelaminDariNip(nip).ToString()), ("dukcapil", dukcapil.JenisKelamin.ToString())));
                }
            }

            if (Nomor.TanggalDariNik(dukcapil.Nik) is { } dariNik
                && (dariNik.Tanggal != dukcapil.TanggalLahir || dariNik.JenisKelamin != dukcapil.JenisKelamin))
            {
                hasil.Add(Satu("tanggal-lahir-nik", JenisDisparitas.TanggalLahirNik,
                    "Tanggal lahir atau jenis kelamin dalam NIK tidak sama dengan data Dukcapil.",
                    ("nik", $"{Tanggal(dariNik.Tanggal)} {dariNik.JenisKelamin}"),
                    ("dukcapil", $"{Tanggal(dukcapil.TanggalLahir)} {dukcapil.JenisKelamin}")));
            }
        }

        if (siasn is not null)
        {
            if (string.IsNullOrEmpty(siasn.NpsnUnor))
            {
                hasil.Add(Satu("unor-tidak-terpetakan", JenisDisparitas.UnorTidakTerpetakan,
                    "UNOR di SI-ASN belum dipetakan ke sekolah (NPSN).", ("siasn", siasn.Unor)));
            }
            else if (dapodik is not null && siasn.NpsnUnor != dapodik.Npsn)
            {
                hasil.Add(Satu("sekolah-dapodik-siasn", JenisDisparitas.SekolahBerbeda,
                    "Sekolah di Dapodik tidak sama dengan UNOR di SI-ASN.", ("dapodik", dapodik.Npsn), ("siasn", siasn.NpsnUnor)));
            }
        }

        return hasil;
    }

    private static void BandingkanDenganDukcapil(
        List<Disparitas> hasil, string sumber, string? nama, DateOnly? lahir, JenisKelamin? jk, RekamanDukcapil dukcapil)
    {
        if (nama is not null && !NamaNormal.Sama(nama, dukcapil.Nama))
        {
            hasil.Add(Satu($"nama-{sumber}-dukcapil", JenisDisparitas.Nama, $"Nama di {Label(sumber)} berbeda dengan Dukcapil.",
                (sumber, nama), ("dukcapil", dukcapil.Nama)));
        }

        if (lahir is { } l && l != dukcapil.TanggalLahir)
        {
            hasil.Add(Satu($"tanggal-lahir-{sumber}-dukcapil", JenisDisparitas.TanggalLahir,
                $"Tanggal lahir di {Label(sumber)} berbeda dengan Dukcapil.", (sumber, Tanggal(l)), ("dukcapil", Tanggal(dukcapil.TanggalLahir))));
        }

        if (jk is { } j && j != dukcapil.JenisKelamin)
        {
            hasil.Add(Satu($"jenis-kelamin-{sumber}-dukcapil", JenisDisparitas.JenisKelamin,
                $"Jenis kelamin di {Label(sumber)} berbeda dengan Dukcapil.", (sumber, j.ToString()), ("dukcapil", dukcapil.JenisKelamin.ToString())));
        }
    }

    private static string Label(string sumber) => sumber == "siasn" ? "SI-ASN" : "Dapodik";

    private static string Tanggal(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Disparitas Satu(string kode, JenisDisparitas jenis, string keterangan, params (string Sumber, string Nilai)[] nilai) =>
        new(kode, jenis, nilai.ToDictionary(n => n.Sumber, n => n.Nilai), keterangan);
}
