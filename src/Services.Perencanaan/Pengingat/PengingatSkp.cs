namespace Kinerja.Perencanaan.Pengingat;

using System.Globalization;
using System.Runtime.CompilerServices;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Waktu;
using Marten;
using Marten.Linq.LastModified;

/// <summary>
/// What the plans remind of (issue 25 item 6): the planning window closing in 7 days and in 1, to every padan pegawai whose
/// plan of that year is not submitted; a submitted plan waiting 7 days for its rater; a returned plan waiting 7 days on its
/// owner. "Waiting" is the plan's last change (Marten's <c>mt_last_modified</c>), and each state waited in is its own
/// occasion (the key holds the version), so a plan that waits again after a change is reminded again.
/// </summary>
public sealed class PengingatSkp(Jendela jendela) : ISumberPengingat
{
    public static readonly TimeSpan Menunggu = TimeSpan.FromDays(7);
    private const int Halaman = 1000;

    public async IAsyncEnumerable<Pengingat> HitungAsync(IQuerySession session, DateTimeOffset kini, [EnumeratorCancellation] CancellationToken ct)
    {
        var hariIni = Kalender.Hari(kini);
        // last year's window too: a Dinas may have extended it into this year (Periode:Tahun:<tahun>:Perencanaan:Selesai)
        foreach (var tahun in new[] { hariIni.Year - 1, hariIni.Year })
        {
            await foreach (var p in BatasPerencanaanAsync(session, jendela.Untuk(tahun), tahun, ct))
            {
                yield return p;
            }
        }

        foreach (var p in await MenungguAsync(session, kini, hariIni, ct))
        {
            yield return p;
        }
    }

    /// <summary>7 days or fewer left: the 7-day reminder; 1 day or fewer (the last day too): the 1-day one.</summary>
    public static int? TahapBatas(JendelaTahun j) =>
        !j.DalamPerencanaan ? null : (j.Perencanaan.Selesai.DayNumber - j.HariIni.DayNumber) switch
        {
            <= 1 => 1,
            <= 7 => 7,
            _ => null,
        };

    private static async IAsyncEnumerable<Pengingat> BatasPerencanaanAsync(IQuerySession session, JendelaTahun j, int tahun,
        [EnumeratorCancellation] CancellationToken ct)
    {
        if (TahapBatas(j) is not { } tahap)
        {
            yield break;
        }

        var sisa = j.Perencanaan.Selesai.DayNumber - j.HariIni.DayNumber;
        var batas = Kalender.Tanggal(j.Perencanaan.Selesai);
        var judul = $"SKP {tahun} belum diajukan: batasnya {batas}";
        var isi = sisa == 0
            ? $"Hari ini hari terakhir jendela perencanaan SKP tahun {tahun}. Lengkapi dan ajukan SKP Anda kepada penilai hari ini."
            : $"Jendela perencanaan SKP tahun {tahun} ditutup {batas}, {sisa.ToString(CultureInfo.InvariantCulture)} hari lagi. Lengkapi dan ajukan SKP Anda kepada penilai sebelum itu.";
        string? setelah = null;
        while (true)
        {
            var q = session.Query<PegawaiLokal>().Where(p => setelah == null || string.Compare(p.Id, setelah) > 0);
            var halaman = await q.OrderBy(p => p.Id).Select(p => p.Id).Take(Halaman).ToListAsync(ct);
            if (halaman.Count == 0)
            {
                yield break;
            }

            var diajukan = (await session.Query<Skp>()
                    .Where(s => s.Tahun == tahun && s.PegawaiId.IsOneOf(halaman.ToArray())
                        && (s.Status == StatusSkp.Diajukan || s.Status == StatusSkp.Disepakati))
                    .Select(s => s.PegawaiId).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var id in halaman.Where(id => !diajukan.Contains(id)))
            {
                yield return new Pengingat($"{JenisPengingat.BatasPerencanaan}:{tahun}:{tahap}:{id}", JenisPengingat.BatasPerencanaan, id, judul, isi,
                    $"/?tahun={tahun}");
            }

            setelah = halaman[^1];
        }
    }

    private static async Task<IReadOnlyList<Pengingat>> MenungguAsync(IQuerySession session, DateTimeOffset kini, DateOnly hariIni, CancellationToken ct)
    {
        var sejak = kini - Menunggu;
        var menunggu = await session.Query<Skp>()
            .Where(s => (s.Status == StatusSkp.Diajukan || s.Status == StatusSkp.Dikembalikan) && s.ModifiedBefore(sejak))
            .ToListAsync(ct);
        var penilai = await PenilaiObjek.BacaAsync(session, menunggu.Where(s => s.Status == StatusSkp.Diajukan).Select(s => s.Milik()), hariIni, ct);
        var hasil = new List<Pengingat>();
        foreach (var s in menunggu)
        {
            var kunci = $"{JenisPengingat.Menunggu}:skp:{s.Id}:{s.Version}";
            if (s.Status == StatusSkp.Dikembalikan)
            {
                hasil.Add(new Pengingat(kunci, JenisPengingat.Menunggu, s.PegawaiId, $"SKP {s.Tahun} Anda dikembalikan dan menunggu perbaikan",
                    "Penilai mengembalikan SKP Anda dengan catatan lebih dari 7 hari yang lalu. Perbaiki bagian yang diminta, lalu ajukan kembali.",
                    $"/skp/{s.Id}"));
            }
            else if (penilai(s.Milik()) is { } nip)
            {
                hasil.Add(new Pengingat(kunci, JenisPengingat.Menunggu, nip, $"SKP {s.Tahun} menunggu persetujuan Anda",
                    "SKP ini diajukan kepada Anda lebih dari 7 hari yang lalu dan belum disetujui atau dikembalikan.", $"/skp/{s.Id}", s.PegawaiId));
            }
        }

        return hasil;
    }
}
