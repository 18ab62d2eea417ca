using Kinerja.ServiceDefaults.Auth;
using Marten;
using Aggregate = Kinerja.Penilaian.Penilaian.Penilaian;

namespace Kinerja.Penilaian.Penilaian;

/// <summary><c>GET /api/penilaian?tahun=&amp;npsn=</c>: a teacher their own; a principal their school's (and what is still unrated); a penilai-ks the principals of the wilayah; an operator the wilayah.</summary>
public static class PenilaianQueries
{
    public static IEndpointRouteBuilder MapPenilaianQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/penilaian", async (int? tahun, string? npsn, StatusPenilaian? status, IQuerySession session, CurrentUser user, CancellationToken ct) =>
        {
            var nip = user.Nip;
            IQueryable<Aggregate> query = session.Query<Aggregate>();
            if (!user.IsAdmin)
            {
                if (user.Is(Peran.OperatorDinas) && user.Wilayah is { } w)
                {
                    query = query.Where(p => p.Wilayah == w);
                }
                else if (user.Is(Peran.KepalaSekolah) && user.Npsn is { } sekolah)
                {
                    query = query.Where(p => p.Npsn == sekolah || p.Nip == nip);
                }
                else if (user.Is(Peran.PenilaiKs) && user.Wilayah is { } wilayah)
                {
                    query = query.Where(p => (p.Wilayah == wilayah && p.Peran == PeranPemilik.KepalaSekolah) || p.Nip == nip);
                }
                else
                {
                    query = query.Where(p => p.Nip == nip);
                }
            }

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

            return Results.Ok(await query.OrderBy(p => p.Nip).Take(1000).ToListAsync(ct));
        }).WithTags("Penilaian").WithSummary("Assessments the caller may see; filter status=SiapDinilai for what is still unrated");
        return app;
    }
}
