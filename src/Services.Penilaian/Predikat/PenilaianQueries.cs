using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Marten;
using Aggregate = Kinerja.Penilaian.Predikat.Penilaian;

namespace Kinerja.Penilaian.Predikat;

/// <summary><c>GET /api/penilaian?tahun=&amp;npsn=&amp;status=&amp;page=&amp;pageSize=</c> (paged like every list): a teacher their own; a principal their school's (and what is still unrated); a penilai-ks the principals of the wilayah; an operator the wilayah.</summary>
public static class PenilaianQueries
{
    public static IEndpointRouteBuilder MapPenilaianQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/penilaian", async (int? tahun, string? npsn, StatusPenilaian? status, int? page, int? pageSize, IQuerySession session,
            CurrentUser user, CancellationToken ct) =>
        {
            var halaman = Paging.Dari(page, pageSize);
            var query = DaftarTerlihat.Saring(session.Query<Aggregate>(), user, Aggregate.MilikDalamDaftar);
            if (tahun is { } t)
            {
                query = query.Where(p => p.Tahun == t);
            }

            if (npsn is not null)
            {
                query = query.Where(p => p.Npsn == npsn);
            }

            if (status is { } s)
            {
                query = query.Where(p => p.Status == s);
            }

            return Results.Ok(await halaman.AmbilAsync(query.OrderBy(p => p.Nip), p => p, ct));
        }).WithTags("Penilaian").WithSummary("Assessments the caller may see; filter status=SiapDinilai for what is still unrated");
        return app;
    }
}
