namespace Kinerja.Kepegawaian.Sekolah;

using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

/// <summary>What the caller may do with the object now, each named as its command's path (<c>setujui</c>, <c>observasi</c>…).</summary>
/// <param name="session">For what a rule reads besides the object (the principal's plans of the RHK cascade).</param>
/// <param name="layanan">The request's services (the planning windows).</param>
public delegate Task<IReadOnlyList<string>> AksiTersedia<in T>(T agregat, Pelaku pelaku, IQuerySession session, IServiceProvider layanan, CancellationToken ct);

/// <summary>
/// <c>GET …/{id}</c> (the aggregate with its ETag, and <c>aksi</c>: what the caller may do now) and
/// <c>GET …/{id}/riwayat</c> (its audit trail) for a pegawai's plan, cycle or assessment, behind
/// <see cref="Akses.UntukMembacaAsync"/>.
/// </summary>
public static class Bacaan
{
    public static RouteGroupBuilder MapBacaan<T>(this RouteGroupBuilder group, Func<T, Milik> milik, AksiTersedia<T> aksi) where T : class, IVersioned
    {
        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, IQuerySession session, CurrentUser user, IOptions<JsonOptions> json,
            CancellationToken ct) =>
        {
            var (agregat, pelaku) = await DibacaAsync(id, milik, session, user, ct);
            ETag.Set(http.Response, agregat.Version);
            // the pages offer exactly these, so none of them re-derives a command's rule
            var isi = JsonSerializer.SerializeToNode(agregat, json.Value.SerializerOptions)!.AsObject();
            isi["aksi"] = JsonSerializer.SerializeToNode(await aksi(agregat, pelaku, session, http.RequestServices, ct), json.Value.SerializerOptions);
            return Results.Json(isi, json.Value.SerializerOptions);
        }).DenganETag<T>().WithDescription("The object, with `aksi`: the commands the caller may run on it now, each named as its path.");
        group.MapGet("/{id:guid}/riwayat", async (Guid id, IQuerySession session, CurrentUser user, CancellationToken ct) =>
        {
            await BolehBacaAsync(id, milik, session, user, ct);
            return TypedResults.Ok(await session.RiwayatAsync(id, ct));
        });
        return group;
    }

    /// <summary>The aggregate, when the caller may read it (<see cref="Akses.UntukMembacaAsync"/>); 404 otherwise, and when there is none.</summary>
    public static async Task<T> BolehBacaAsync<T>(Guid id, Func<T, Milik> milik, IQuerySession session, CurrentUser user, CancellationToken ct)
        where T : class => (await DibacaAsync(id, milik, session, user, ct)).Agregat;

    /// <summary>The aggregate and who the caller is to it; 404 when there is none or the caller may not read it.</summary>
    private static async Task<(T Agregat, Pelaku Pelaku)> DibacaAsync<T>(Guid id, Func<T, Milik> milik, IQuerySession session, CurrentUser user,
        CancellationToken ct) where T : class
    {
        var agregat = await session.LoadAsync<T>(id, ct) ?? throw new TidakDitemukanException();
        return (agregat, await Akses.UntukMembacaAsync(milik(agregat), user, session, ct));
    }
}
