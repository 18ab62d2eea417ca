namespace Kinerja.Kepegawaian.Sekolah;

using Marten;

/// <summary>Who rates each of many plans, cycles or assessments on a day, read in two queries (for the reminders).</summary>
public static class PenilaiObjek
{
    public static async Task<Func<Milik, string?>> BacaAsync(IQuerySession session, IEnumerable<Milik> milik, DateOnly hari, CancellationToken ct)
    {
        var npsn = milik.Select(m => m.Npsn).Distinct().ToArray();
        if (npsn.Length == 0)
        {
            return _ => null;
        }

        var kepala = (await session.LoadManyAsync<KepalaSekolahLokal>(ct, npsn)).ToDictionary(k => k.Id);
        var penilai = (await session.LoadManyAsync<PenilaiSekolahLokal>(ct, npsn)).ToDictionary(p => p.Id);
        return m => AturanAkses.PenilaiPada(new FaktaAkses(m, kepala.GetValueOrDefault(m.Npsn), penilai.GetValueOrDefault(m.Npsn)), hari);
    }
}
