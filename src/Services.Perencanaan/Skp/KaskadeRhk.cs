namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Marten.Services.BatchQuerying;

/// <summary>
/// <c>Perencanaan:KaskadeRhk:Wajib</c>: whether every RHK of a teacher's plan must name a principal's RHK before the
/// plan is submitted. True unless relaxed for a first year of use, when principals' plans are agreed late; a named
/// RHK is checked either way.
/// </summary>
public sealed record AturanKaskade(bool Wajib)
{
    public static AturanKaskade Dari(IConfiguration konfigurasi) => new(konfigurasi.GetValue("Perencanaan:KaskadeRhk:Wajib", true));
}

/// <summary>
/// The RHK cascade (domain.md §4, seed 003 Pasal 12), the one place its rule lives. Each RHK of a teacher's plan
/// names the RHK of their principal's plan it intervenes: a plan of a principal of the same school for the same
/// period. At save the named RHK must be in such a plan (422: the teacher may draft while the principal's plan is
/// still a draft); at submit that plan must be agreed, and every RHK must name one (409) unless
/// <see cref="AturanKaskade"/> is relaxed, or the school is led by a Plt and has no principal's plan for the period
/// (a Plt keeps a teacher's plan, so nobody writes the RHK to name). A principal's own plan names nothing.
/// </summary>
public static class KaskadeRhk
{
    /// <summary>Whether every RHK of this teacher's plan must name a principal's RHK before it is submitted.</summary>
    /// <param name="kepala">Who heads the school today.</param>
    public static bool Wajib(AturanKaskade aturan, PenugasanKepala? kepala, IReadOnlyList<Skp> rencanaKepala) =>
        aturan.Wajib && !DipimpinPltTanpaRencana(kepala, rencanaKepala);

    private static bool DipimpinPltTanpaRencana(PenugasanKepala? kepala, IReadOnlyList<Skp> rencanaKepala) =>
        kepala is { Plt: true } && rencanaKepala.Count == 0;

    /// <summary>The plans of the principals of the plan's school for its period: one, or two when the head changed in the year.</summary>
    public static async Task<IReadOnlyList<Skp>> RencanaKepalaAsync(Skp skp, IQuerySession session, CancellationToken ct)
    {
        if (skp.Peran == PeranPemilik.KepalaSekolah)
        {
            return [];
        }

        var batch = session.CreateBatchQuery();
        var rencana = RencanaKepala(skp, batch);
        await batch.Execute(ct);
        return await rencana;
    }

    /// <summary>The same, queued in a batch with what else a command reads.</summary>
    public static Task<IReadOnlyList<Skp>> RencanaKepala(Skp skp, IBatchedQuery batch)
    {
        if (skp.Peran == PeranPemilik.KepalaSekolah)
        {
            return Task.FromResult<IReadOnlyList<Skp>>([]);
        }

        var (npsn, tahun) = (skp.Npsn, skp.Tahun);
        return batch.Query<Skp>().Where(s => s.Npsn == npsn && s.Tahun == tahun && s.Peran == PeranPemilik.KepalaSekolah).ToList();
    }

    /// <summary>At save: each RHK named is one of a principal's plan of the school and period (422 on its field).</summary>
    public static HasilKerjaDitetapkan Dikenal(Skp skp, HasilKerjaDitetapkan bagian, IReadOnlyList<Skp> rencanaKepala)
    {
        var validasi = new Validation();
        for (var i = 0; i < bagian.Rencana.Count; i++)
        {
            if (bagian.Rencana[i].Intervensi is { } rhk && Masalah(skp, rhk, rencanaKepala, disepakati: false) is { } alasan)
            {
                validasi.Add($"rencana[{i}].intervensi", alasan);
            }
        }

        validasi.ThrowIfAny();
        return bagian;
    }

    /// <summary>At submit: every RHK names an RHK of an agreed principal's plan (409 naming each one, and the principal's plan's state).</summary>
    /// <param name="wajib">From <see cref="Wajib"/>.</param>
    public static void WajibUntukAjukan(Skp skp, IReadOnlyList<Skp> rencanaKepala, bool wajib)
    {
        if (skp.Peran == PeranPemilik.KepalaSekolah)
        {
            return;
        }

        var masalah = new List<string>();
        for (var i = 0; i < skp.HasilKerja.Count; i++)
        {
            var r = skp.HasilKerja[i];
            if (r.Intervensi is null)
            {
                if (wajib)
                {
                    masalah.Add($"RHK {i + 1} ({r.Kode}) belum menyebut RHK kepala sekolah yang diintervensinya");
                }
            }
            else if (Masalah(skp, r.Intervensi, rencanaKepala, disepakati: true) is { } alasan)
            {
                masalah.Add($"RHK {i + 1} ({r.Kode}): {alasan}");
            }
        }

        if (masalah.Count > 0)
        {
            throw new KonflikException($"SKP belum dapat diajukan: {string.Join("; ", masalah)}. {Keadaan(skp.Tahun, rencanaKepala, kepala: null)}");
        }
    }

    /// <summary>What the teacher needs to know of their principal's plan to resolve a refusal.</summary>
    public static string Keadaan(int tahun, IReadOnlyList<Skp> rencanaKepala, PenugasanKepala? kepala) =>
        DipimpinPltTanpaRencana(kepala, rencanaKepala)
            ? $"Sekolah dipimpin Plt dan tidak ada SKP kepala sekolah periode {tahun}: RHK Anda tidak perlu merujuk RHK kepala sekolah."
            : rencanaKepala.Count == 0
            ? $"Kepala sekolah belum membuat SKP periode {tahun}; SKP guru dapat diajukan setelah SKP kepala sekolah disepakati."
            : rencanaKepala.Any(s => s.Status == StatusSkp.Disepakati)
                ? $"SKP kepala sekolah periode {tahun} sudah Disepakati: pilih RHK-nya."
                : $"SKP kepala sekolah periode {tahun} berstatus {string.Join(", ", rencanaKepala.Select(s => s.Status).Distinct())}; "
                  + "SKP guru dapat diajukan setelah SKP kepala sekolah disepakati.";

    private static string? Masalah(Skp skp, RhkAtasan rhk, IReadOnlyList<Skp> rencanaKepala, bool disepakati)
    {
        // a plan of another school, another period or nobody's gets the same answer: nothing about it is told
        if (rencanaKepala.FirstOrDefault(s => s.Id == rhk.SkpId) is not { } atasan
            || (atasan.Peran, atasan.Npsn, atasan.Tahun) != (PeranPemilik.KepalaSekolah, skp.Npsn, skp.Tahun))
        {
            return $"bukan SKP kepala sekolah {skp.Npsn} periode {skp.Tahun}";
        }

        if (atasan.HasilKerja.All(r => r.Kode != rhk.Kode))
        {
            return $"SKP kepala sekolah tidak memuat RHK {rhk.Kode}";
        }

        return disepakati && atasan.Status != StatusSkp.Disepakati ? $"SKP kepala sekolah berstatus {atasan.Status}, belum Disepakati" : null;
    }
}
