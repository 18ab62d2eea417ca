using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Marten;

namespace Kinerja.Observasi.Siklus;

public sealed record PosisiSiklus(Guid Id, string Nip, string Npsn, Tahap Tahap, string Menunggu);

/// <summary>
/// <c>GET /api/observasi/siklus?tahun=</c>: a teacher their own cycle, a principal every cycle of the
/// school and who each waits on, a penilai-ks the principals' cycles of the wilayah, an operator the
/// wilayah. <c>GET /api/observasi/siklus/ringkasan?tahun=</c>: an operator's counts per step.
/// </summary>
public static class SiklusQueries
{
    public static IEndpointRouteBuilder MapSiklusQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/observasi/siklus", Daftar).WithTags("Siklus");
        app.MapGet("/api/observasi/siklus/ringkasan", Ringkasan).WithTags("Siklus").RequireAuthorization(Kebijakan.Operator);
        return app;
    }

    private static async Task<IResult> Daftar(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var nip = user.Nip;
        IQueryable<Siklus> query = session.Query<Siklus>();
        if (!user.IsAdmin)
        {
            if (user.Is(Peran.OperatorDinas) && user.Wilayah is { } w)
            {
                query = query.Where(s => s.Wilayah == w);
            }
            else if (user.Is(Peran.KepalaSekolah) && user.Npsn is { } npsn)
            {
                query = query.Where(s => s.Npsn == npsn || s.Nip == nip);
            }
            else if (user.Is(Peran.PenilaiKs) && user.Wilayah is { } wilayah)
            {
                query = query.Where(s => (s.Wilayah == wilayah && s.Peran == PeranPemilik.KepalaSekolah) || s.Nip == nip);
            }
            else
            {
                query = query.Where(s => s.Nip == nip);
            }
        }

        if (tahun is { } t)
        {
            query = query.Where(s => s.Tahun == t);
        }

        var items = await query.OrderBy(s => s.Nip).Take(1000).ToListAsync(ct);
        return Results.Ok(items.Select(s => new PosisiSiklus(s.Id, s.Nip, s.Npsn, s.Tahap, s.Menunggu)).ToList());
    }

    private static async Task<IResult> Ringkasan(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        IQueryable<Siklus> query = session.Query<Siklus>().Where(s => s.Tahun == t);
        if (!user.IsAdmin)
        {
            var w = user.Wilayah;
            query = query.Where(s => s.Wilayah == w);
        }

        var tahap = await query.Select(s => s.Tahap).ToListAsync(ct);
        return Results.Ok(Enum.GetValues<Tahap>().ToDictionary(x => x.ToString(), x => tahap.Count(y => y == x)));
    }
}
