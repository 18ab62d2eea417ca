namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

/// <summary>
/// <c>GET …/{id}</c> (the aggregate with its ETag) and <c>GET …/{id}/riwayat</c> (its audit trail) for a
/// pegawai's plan, cycle or assessment, behind <see cref="Akses.UntukMembacaAsync"/>.
/// </summary>
public static class Bacaan
{
    public static RouteGroupBuilder MapBacaan<T>(this RouteGroupBuilder group, Func<T, Milik> milik) where T : class, IVersioned
    {
        group.MapGet("/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct) =>
        {
            var agregat = await BolehBacaAsync(id, milik, session, user, ct);
            ETag.Set(response, agregat.Version);
            return Results.Ok(agregat);
        });
        group.MapGet("/{id:guid}/riwayat", async (Guid id, IQuerySession session, CurrentUser user, CancellationToken ct) =>
        {
            await BolehBacaAsync(id, milik, session, user, ct);
            return Results.Ok(await session.RiwayatAsync(id, ct));
        });
        return group;
    }

    /// <summary>The aggregate, when the caller may read it (<see cref="Akses.UntukMembacaAsync"/>); 404 otherwise, and when there is none.</summary>
    public static async Task<T> BolehBacaAsync<T>(Guid id, Func<T, Milik> milik, IQuerySession session, CurrentUser user, CancellationToken ct)
        where T : class
    {
        var agregat = await session.LoadAsync<T>(id, ct) ?? throw new TidakDitemukanException();
        await Akses.UntukMembacaAsync(milik(agregat), user, session, ct);
        return agregat;
    }
}
