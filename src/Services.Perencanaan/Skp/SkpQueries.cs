namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Marten.Linq;

public sealed record RingkasanSkp(int Tahun, string? Npsn, string? Wilayah, long Draf, long Diajukan, long Dikembalikan, long Disepakati, long BelumMulai);

/// <summary>Lists and progress: a teacher their own, a principal their school's, a penilai-ks the principals of the schools assigned to them, an operator the wilayah.</summary>
public static class SkpQueries
{
    public static IEndpointRouteBuilder MapSkpQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/perencanaan/skp", Daftar).Produces<Halaman<Skp>>().WithTags("SKP").WithSummary("Plans the caller may see; pegawai= one person's, across years without tahun");
        app.MapGet("/api/perencanaan/skp/ringkasan", Ringkasan).Produces<RingkasanSkp>().WithTags("SKP").WithSummary("How far a school or wilayah is with its plans");
        app.MapGet("/api/perencanaan/skp/ringkasan/sekolah", RingkasanSekolah).Produces<IReadOnlyList<JumlahSekolah>>().WithTags("SKP").RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Plans per status and not yet started, per school of the operator's wilayah");
        app.MapGet("/api/perencanaan/skp/belum-mulai", BelumMulai).Produces<Halaman<PegawaiLokal>>().WithTags("SKP").RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Pegawai of the operator's wilayah (or one school of it) without a plan for the year, paged");
        return app;
    }

    private static async Task<IResult> Daftar(int? tahun, string? npsn, string? pegawai, StatusSkp? status, int? page, int? pageSize,
        IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var halaman = Paging.Dari(page, pageSize);
        var query = await DaftarTerlihat.SaringAsync(session.Query<Skp>(), user, Skp.MilikDalamDaftar, session, ct);
        if (tahun is { } t)
        {
            query = query.Where(s => s.Tahun == t);
        }

        if (npsn is not null)
        {
            query = query.Where(s => s.Npsn == npsn);
        }

        if (pegawai is not null)
        {
            query = query.Where(s => s.PegawaiId == pegawai);
        }

        if (status is { } st)
        {
            query = query.Where(s => s.Status == st);
        }

        return Results.Ok(await halaman.AmbilAsync(query.OrderBy(s => s.PegawaiId), s => s, ct));
    }

    private static async Task<IResult> Ringkasan(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        string? npsn = null;
        string? wilayah = null;
        if (user.Is(Peran.OperatorDinas) || user.IsAdmin)
        {
            wilayah = user.Wilayah;
        }
        else if (user.Is(Peran.KepalaSekolah))
        {
            npsn = user.Npsn;
        }
        else
        {
            throw new TerlarangException("Ringkasan untuk kepala sekolah dan operator dinas.");
        }

        IQueryable<Skp> rencana = session.Query<Skp>().Where(s => s.Tahun == t);
        IQueryable<PegawaiLokal> pegawai = session.Query<PegawaiLokal>();
        if (npsn is not null)
        {
            rencana = rencana.Where(s => s.Npsn == npsn);
            pegawai = pegawai.Where(p => p.Npsn == npsn);
        }
        else if (wilayah is not null)
        {
            rencana = rencana.Where(s => s.Wilayah == wilayah);
            pegawai = pegawai.Where(p => p.Wilayah == wilayah);
        }

        var perStatus = (await rencana.Select(s => s.Status).ToListAsync(ct)).GroupBy(s => s).ToDictionary(g => g.Key, g => (long)g.Count());
        var jumlahPegawai = await pegawai.CountAsync(ct);
        long Hitung(StatusSkp s) => perStatus.GetValueOrDefault(s);
        return Results.Ok(new RingkasanSkp(t, npsn, wilayah, Hitung(StatusSkp.Draf), Hitung(StatusSkp.Diajukan), Hitung(StatusSkp.Dikembalikan),
            Hitung(StatusSkp.Disepakati), Math.Max(0, jumlahPegawai - perStatus.Values.Sum())));
    }

    /// <summary>Not started is counted against the pegawai this service knows (verified, from DataPegawai), not against Dapodik.</summary>
    private static async Task<IResult> RingkasanSekolah(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        var rencana = await DiWilayah(session.Query<Skp>(), user).Where(s => s.Tahun == t).Select(s => new { s.PegawaiId, s.Npsn, s.Status }).ToListAsync(ct);
        var pegawai = await DiWilayah(session.Query<PegawaiLokal>(), user).Select(p => new { p.Id, p.Npsn }).ToListAsync(ct);
        var punya = rencana.Select(r => r.PegawaiId).ToHashSet(StringComparer.Ordinal);
        return Results.Ok(JumlahSekolah.Hitung(rencana.Select(r => (r.Npsn, r.Status.ToString()))
            .Concat(pegawai.Where(p => !punya.Contains(p.Id)).Select(p => (p.Npsn, "BelumMulai")))));
    }

    private static async Task<IResult> BelumMulai(int? tahun, string? npsn, int? page, int? pageSize, IQuerySession session, CurrentUser user,
        CancellationToken ct)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        var halaman = Paging.Dari(page, pageSize);
        var punya = (await DiWilayah(session.Query<Skp>(), user).Where(s => s.Tahun == t).Select(s => s.PegawaiId).ToListAsync(ct)).ToArray();
        var query = DiWilayah(session.Query<PegawaiLokal>(), user).Where(p => !p.Id.IsOneOf(punya));
        if (npsn is not null)
        {
            query = query.Where(p => p.Npsn == npsn);
        }

        return Results.Ok(await halaman.AmbilAsync(query.OrderBy(p => p.Npsn).ThenBy(p => p.Id), p => p, ct));
    }

    private static IQueryable<Skp> DiWilayah(IQueryable<Skp> query, CurrentUser user)
    {
        var wilayah = user.Wilayah;
        return user.IsAdmin ? query : query.Where(s => s.Wilayah == wilayah);
    }

    private static IQueryable<PegawaiLokal> DiWilayah(IQueryable<PegawaiLokal> query, CurrentUser user)
    {
        var wilayah = user.Wilayah;
        return user.IsAdmin ? query : query.Where(p => p.Wilayah == wilayah);
    }
}
