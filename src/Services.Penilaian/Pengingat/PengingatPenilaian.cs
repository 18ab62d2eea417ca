namespace Kinerja.Penilaian.Pengingat;

using System.Runtime.CompilerServices;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Waktu;
using Marten;
using Marten.Linq.LastModified;

/// <summary>
/// What the assessments remind of (issue 25 item 6): an assessment ready to rate, or rated and not finalised, that has
/// waited 7 days on its rater (its last change, Marten's <c>mt_last_modified</c>); each state waited in once.
/// </summary>
public sealed class PengingatPenilaian : ISumberPengingat
{
    public static readonly TimeSpan Menunggu = TimeSpan.FromDays(7);

    public async IAsyncEnumerable<Pengingat> HitungAsync(IQuerySession session, DateTimeOffset kini, [EnumeratorCancellation] CancellationToken ct)
    {
        var sejak = kini - Menunggu;
        var menunggu = await session.Query<Penilaian>()
            .Where(p => (p.Status == StatusPenilaian.SiapDinilai || p.Status == StatusPenilaian.Dinilai) && p.ModifiedBefore(sejak))
            .ToListAsync(ct);
        var penilai = await PenilaiObjek.BacaAsync(session, menunggu.Select(p => p.Milik()), Kalender.Hari(kini), ct);
        foreach (var p in menunggu)
        {
            if (penilai(p.Milik()) is not { } nip)
            {
                continue;
            }

            var (judul, isi) = p.Status == StatusPenilaian.SiapDinilai
                ? ($"Penilaian kinerja {p.Tahun} menunggu Anda", "Siklus observasinya sudah selesai lebih dari 7 hari yang lalu dan penilaiannya belum diisi.")
                : ($"Penilaian kinerja {p.Tahun} belum ditetapkan", "Penilaian ini sudah diisi lebih dari 7 hari yang lalu dan predikatnya belum ditetapkan.");
            yield return new Pengingat($"{JenisPengingat.Menunggu}:penilaian:{p.Id}:{p.Version}", JenisPengingat.Menunggu, nip, judul, isi,
                $"/penilaian/{p.Id}", p.PegawaiId);
        }
    }
}
