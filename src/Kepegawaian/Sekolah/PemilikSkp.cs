namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.Contracts;
using Marten;

/// <summary>Whose agreed plan it is and where, for Observasi and Penilaian opening their cycle and assessment.</summary>
public static class PemilikSkp
{
    /// <summary>
    /// As the plan says (<see cref="SkpDisepakati.Peran"/>, <see cref="SkpDisepakati.Wilayah"/>); only a message
    /// from before it said so is read against this service's copy of who heads the school.
    /// </summary>
    public static async Task<(bool MilikKepalaSekolah, string Wilayah)> BacaAsync(SkpDisepakati message, IQuerySession session, CancellationToken ct)
    {
        var kepala = message.Peran is null || message.Wilayah is null ? await session.LoadAsync<KepalaSekolahLokal>(message.Npsn, ct) : null;
        var milikKepala = message.Peran switch
        {
            "kepala-sekolah" => true,
            "guru" => false,
            _ => kepala?.PegawaiId == IdPegawai.Dari(message.PegawaiId, message.Nip),
        };
        return (milikKepala, message.Wilayah ?? kepala?.Wilayah ?? "");
    }
}
