namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>
/// Who may touch an assessment: the pegawai and operators of the wilayah read, as for every pegawai's
/// object (<see cref="Akses"/>, from <see cref="Penilaian.Milik"/>); only the rater rates, previews,
/// finalises and corrects.
/// </summary>
public static class PenilaianAkses
{
    /// <summary>
    /// The rater's gate, for the writes and the preview alike: 404 for whoever may not see the assessment,
    /// 403 for one who may see it but does not rate; then the pegawai's name and jenjang the result needs.
    /// </summary>
    public static async Task<PegawaiLokal> UntukMenilaiAsync(Penilaian p, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        if (await Akses.UntukMembacaAsync(p.Milik(), user, session, ct) != Pelaku.Penilai)
        {
            throw new TerlarangException("Hanya penilai (kepala sekolah saat ini, atau penilai-ks untuk kepala sekolah) yang menilai.");
        }

        return await session.LoadAsync<PegawaiLokal>(p.PegawaiId, ct)
            ?? throw new KonflikException($"Data pegawai {p.PegawaiId} (nama, jenjang) belum diterima dari DataPegawai.");
    }
}
