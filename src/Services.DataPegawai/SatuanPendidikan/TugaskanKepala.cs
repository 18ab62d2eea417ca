using Kinerja.ServiceDefaults.Waktu;
using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.DataPegawai.SatuanPendidikan;

public sealed record TugaskanKepalaSekolah(string? Nip, bool? Plt, DateOnly? BerlakuSejak);

/// <summary>
/// <c>PUT /api/sekolah/{npsn}/kepala</c>: an operator assigns the school's principal or Plt from a date
/// (today by default), which decides who rates its teachers from then on. Repeating the current
/// assignment changes nothing; an assignment may not start before the current one did, because the
/// rater history would then contradict itself.
/// </summary>
public static class TugaskanKepala
{
    public static void Map(RouteGroupBuilder sekolah) =>
        sekolah.MapPut("/{npsn}/kepala", (string npsn, TugaskanKepalaSekolah body, CommandPipeline pipeline, CurrentUser user, TimeProvider clock,
                CancellationToken ct) =>
                pipeline.RunAsync<Sekolah, bool>("tugaskan-kepala-sekolah", npsn, (s, _) => SekolahAkses.UntukMengelola(s, user),
                    (s, _) => Decide(s, Validasi(npsn, body), clock.HariIni()), ct, SekolahApi.Dto,
                    () => new ValidasiException("npsn", $"Sekolah {npsn} belum terdaftar; daftarkan dahulu dengan PUT /api/sekolah/{npsn}.")))
            .RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Assign the school's principal (or Plt)");

    public static TugaskanKepalaSekolah Validasi(string npsn, TugaskanKepalaSekolah body)
    {
        var validasi = new Validation();
        validasi.Check("npsn", Nomor.PeriksaNpsn(npsn));
        validasi.Check("nip", Nomor.PeriksaNip(body.Nip));
        validasi.Required("plt", body.Plt);
        validasi.ThrowIfAny();
        return body;
    }

    public static IReadOnlyList<object> Decide(Sekolah sekolah, TugaskanKepalaSekolah isi, DateOnly hariIni)
    {
        var (nip, plt, berlakuSejak) = (isi.Nip!, isi.Plt!.Value, isi.BerlakuSejak ?? hariIni);
        if (sekolah.Kepala is { } kini)
        {
            if (kini.Nip == nip && kini.Plt == plt)
            {
                return [];
            }

            if (berlakuSejak < kini.BerlakuSejak)
            {
                throw new KonflikException(
                    $"Penugasan baru tidak boleh berlaku sebelum penugasan kepala sekolah saat ini ({kini.BerlakuSejak:yyyy-MM-dd}).");
            }
        }

        return [new KepalaSekolahDitugaskan(sekolah.Id, nip, plt, berlakuSejak, sekolah.Wilayah)];
    }
}
