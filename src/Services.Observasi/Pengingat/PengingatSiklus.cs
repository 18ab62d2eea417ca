namespace Kinerja.Observasi.Pengingat;

using System.Runtime.CompilerServices;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Waktu;
using Marten;
using Marten.Linq.LastModified;

/// <summary>
/// What the cycles remind of (issue 25 item 6): an agreed observation within the next day, to the teacher and to the rater;
/// a step that has waited 7 days on whoever must take it (the cycle's last change, Marten's <c>mt_last_modified</c>). An
/// agreed observation is not waited on before its time: it counts from the time set. Each time set and each state waited in
/// is its own occasion, so a rescheduled observation is reminded again.
/// </summary>
public sealed class PengingatSiklus : ISumberPengingat
{
    public static readonly TimeSpan Menunggu = TimeSpan.FromDays(7);

    public async IAsyncEnumerable<Pengingat> HitungAsync(IQuerySession session, DateTimeOffset kini, [EnumeratorCancellation] CancellationToken ct)
    {
        var hariIni = Kalender.Hari(kini);
        var besok = kini.AddDays(1);
        var terjadwal = await session.Query<Siklus>()
            .Where(s => s.Tahap == Tahap.Observasi && s.Persiapan!.Jadwal > kini && s.Persiapan.Jadwal <= besok)
            .ToListAsync(ct);
        var sejak = kini - Menunggu;
        var menunggu = (await session.Query<Siklus>().Where(s => s.Tahap != Tahap.Selesai && s.ModifiedBefore(sejak)).ToListAsync(ct))
            .Where(s => s.Tahap != Tahap.Observasi || s.Persiapan!.Jadwal <= sejak)
            .ToList();
        var penilai = await PenilaiObjek.BacaAsync(session, terjadwal.Concat(menunggu).Select(s => s.Milik()), hariIni, ct);

        foreach (var s in terjadwal)
        {
            var jadwal = s.Persiapan!.Jadwal;
            var kapan = Kalender.Waktu(jadwal);
            // within the coming day: later today, or tomorrow, as the school's calendar says
            var hari = Kalender.Hari(jadwal) == hariIni ? "hari ini" : "besok";
            var kunci = $"{JenisPengingat.ObservasiBesok}:{s.Id}:{jadwal.UtcTicks}";
            yield return new Pengingat($"{kunci}:{s.PegawaiId}", JenisPengingat.ObservasiBesok, s.PegawaiId, $"Observasi kelas Anda {hari}",
                $"Observasi kelas Anda dijadwalkan {kapan}. Siapkan kelas sesuai persiapan yang Anda susun.", $"/siklus/{s.Id}");
            if (penilai(s.Milik()) is { } nip)
            {
                yield return new Pengingat($"{kunci}:{nip}", JenisPengingat.ObservasiBesok, nip, $"Observasi kelas {hari}",
                    $"Anda dijadwalkan mengobservasi kelas {kapan}. Rubrik perilaku fokusnya ada di halaman siklus.", $"/siklus/{s.Id}", s.PegawaiId);
            }
        }

        foreach (var s in menunggu)
        {
            var kunci = $"{JenisPengingat.Menunggu}:siklus:{s.Id}:{s.Version}";
            var langkah = Langkah(s.Tahap);
            if (Siklus.Oleh(s.Tahap) == Pelaku.Pemilik)
            {
                yield return new Pengingat(kunci, JenisPengingat.Menunggu, s.PegawaiId, $"Siklus observasi menunggu Anda: {langkah}",
                    $"Langkah berikutnya siklus observasi Anda, {langkah}, belum dilakukan selama lebih dari 7 hari.", $"/siklus/{s.Id}");
            }
            else if (penilai(s.Milik()) is { } nip)
            {
                yield return new Pengingat(kunci, JenisPengingat.Menunggu, nip, $"Siklus observasi menunggu Anda: {langkah}",
                    $"Langkah penilai pada siklus observasi ini, {langkah}, belum dilakukan selama lebih dari 7 hari.", $"/siklus/{s.Id}", s.PegawaiId);
            }
        }
    }

    /// <summary>The step as a sentence names it.</summary>
    public static string Langkah(Tahap tahap) => tahap switch
    {
        Tahap.Persiapan => "menyusun persiapan observasi",
        Tahap.KonfirmasiJadwal => "mengonfirmasi jadwal observasi",
        Tahap.Observasi => "melakukan observasi kelas",
        Tahap.DiskusiTindakLanjut => "mencatat diskusi tindak lanjut",
        Tahap.UpayaTindakLanjut => "mencatat upaya tindak lanjut",
        Tahap.Refleksi => "menyusun refleksi",
        Tahap.KonfirmasiRefleksi => "mengonfirmasi refleksi",
        _ => "-",
    };
}
