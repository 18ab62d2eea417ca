namespace Kinerja.DataPegawai.Sekolah;

using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;

public sealed record TugaskanKepalaSekolah(string? Nip, bool? Plt, DateOnly? BerlakuSejak);

/// <summary>
/// <c>PUT /api/sekolah/{npsn}/kepala</c>: an operator assigns the school's principal or Plt from a date
/// (today by default), which decides who rates its teachers from then on. Repeating the current
/// assignment changes nothing; an assignment may not start before the current one did, because the
/// rater history would then contradict itself. Only a padan pegawai of the school's wilayah may be assigned: the
/// principal rates with the data the three registries agree on, and a NIP nobody knows here heads no school.
/// </summary>
public static class TugaskanKepala
{
    public static void Map(RouteGroupBuilder sekolah) =>
        sekolah.MapPut("/{npsn}/kepala", (string npsn, TugaskanKepalaSekolah body, CommandPipeline pipeline, CurrentUser user, TimeProvider clock,
                CancellationToken ct) =>
            {
                var isi = Validasi(npsn, body);
                return pipeline.RunAsync<Sekolah, Pegawai?>("tugaskan-kepala-sekolah", npsn,
                    async (s, token) =>
                    {
                        await SekolahAkses.UntukMengelola(s, user);
                        return await pipeline.Session.LoadAsync<Pegawai>(isi.Nip!, token);
                    },
                    (s, calon) => Decide(s, isi, calon, clock.HariIni()), ct, SekolahApi.Dto,
                    () => new ValidasiException("npsn", $"Sekolah {npsn} belum terdaftar; daftarkan sekolahnya dahulu."));
            })
            .RequireAuthorization(Kebijakan.Operator)
            .Perintah<SekolahDto>().WithSummary("Assign the school's principal (or Plt)");

    public static TugaskanKepalaSekolah Validasi(string npsn, TugaskanKepalaSekolah body)
    {
        var validasi = new Validation();
        validasi.Check("npsn", Nomor.PeriksaNpsn(npsn));
        validasi.Check("nip", Nomor.PeriksaNip(body.Nip));
        validasi.Required("plt", body.Plt);
        validasi.ThrowIfAny();
        return body;
    }

    /// <param name="calon">The pegawai the NIP names, as DataPegawai knows them; null when it knows none.</param>
    public static IReadOnlyList<object> Decide(Sekolah sekolah, TugaskanKepalaSekolah isi, Pegawai? calon, DateOnly hariIni)
    {
        var (nip, plt, berlakuSejak) = (isi.Nip!, isi.Plt!.Value, isi.BerlakuSejak ?? hariIni);
        if (sekolah.Kepala is { } kini && kini.PegawaiId == nip && kini.Plt == plt)
        {
            return [];
        }

        if (calon is not { Status: StatusPadan.Padan } || calon.Wilayah != sekolah.Wilayah)
        {
            throw new ValidasiException("nip",
                $"NIP {nip} bukan pegawai padan di wilayah {sekolah.Wilayah}. Impor datanya dari Dapodik, SI-ASN dan Dukcapil dan selesaikan disparitasnya dahulu.");
        }

        if (sekolah.Kepala is { } sekarang)
        {
            if (berlakuSejak < sekarang.BerlakuSejak)
            {
                throw new KonflikException(
                    $"Penugasan baru tidak boleh berlaku sebelum penugasan kepala sekolah saat ini ({Kalender.Tanggal(sekarang.BerlakuSejak)}).");
            }
        }

        return [new KepalaSekolahDitugaskan(sekolah.Id, nip, plt, berlakuSejak, sekolah.Wilayah)];
    }
}
