namespace Kinerja.DataPegawai.Sekolah;

using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;

public sealed record TugaskanPenilaiSekolah(string? Nip, DateOnly? BerlakuSejak);

/// <summary>
/// <c>PUT /api/sekolah/{npsn}/penilai</c>: an operator assigns the penilai-ks who rates the school's principal (and
/// a Plt's own plan) from a date, today by default. In PMM the Kepala Dinas delegates this to pengawas sekolah by a
/// tim kerja decree, each with their sekolah binaan. Reassigning hands the school over from the new date; what the
/// former penilai did stays theirs in each history. The penilai-ks is often no pegawai of this system, so the NIP is
/// checked for its form only; it may not be whoever heads the school, who would then rate themself.
/// </summary>
public static class TugaskanPenilai
{
    public static void Map(RouteGroupBuilder sekolah) =>
        sekolah.MapPut("/{npsn}/penilai", (string npsn, TugaskanPenilaiSekolah body, CommandPipeline pipeline, CurrentUser user, TimeProvider clock,
                CancellationToken ct) =>
            {
                var isi = Validasi(npsn, body);
                return pipeline.RunAsync<Sekolah, bool>("tugaskan-penilai-ks", npsn, (s, _) => SekolahAkses.UntukMengelola(s, user),
                    (s, _) => Decide(s, isi, clock.HariIni()), ct, SekolahApi.Dto,
                    () => new ValidasiException("npsn", $"Sekolah {npsn} belum terdaftar; daftarkan sekolahnya dahulu."));
            })
            .RequireAuthorization(Kebijakan.Operator)
            .Perintah<SekolahDto>().WithSummary("Assign the penilai-ks who rates the school's principal");

    public static TugaskanPenilaiSekolah Validasi(string npsn, TugaskanPenilaiSekolah body)
    {
        var validasi = new Validation();
        validasi.Check("npsn", Nomor.PeriksaNpsn(npsn));
        validasi.Check("nip", Nomor.PeriksaNip(body.Nip));
        validasi.ThrowIfAny();
        return body;
    }

    public static IReadOnlyList<object> Decide(Sekolah sekolah, TugaskanPenilaiSekolah isi, DateOnly hariIni)
    {
        var (nip, berlakuSejak) = (isi.Nip!, isi.BerlakuSejak ?? hariIni);
        if (sekolah.Penilai is { } kini && kini.PegawaiId == nip)
        {
            return [];
        }

        if (sekolah.Kepala?.PegawaiId == nip)
        {
            throw new ValidasiException("nip", $"NIP {nip} memimpin sekolah ini; penilainya harus orang lain.");
        }

        if (sekolah.Penilai is { } sekarang && berlakuSejak < sekarang.BerlakuSejak)
        {
            throw new ValidasiException("berlakuSejak",
                $"Penugasan baru tidak boleh berlaku sebelum penugasan penilai saat ini ({Kalender.Tanggal(sekarang.BerlakuSejak)}).");
        }

        return [new PenilaiKsDitugaskan(sekolah.Id, nip, berlakuSejak, sekolah.Wilayah)];
    }
}
