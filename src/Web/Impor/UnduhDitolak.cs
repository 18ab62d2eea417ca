namespace Kinerja.Web.Impor;

using System.Text;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Ekspor;
using Kinerja.Web.Layanan;
using Microsoft.AspNetCore.Authorization;

/// <summary><c>GET /impor/{id}/ditolak.csv</c>: a job's rejected rows (line and reason) for the operator to fix in the source file.</summary>
public static class UnduhDitolak
{
    public static void MapUnduhDitolak(this IEndpointRouteBuilder app) =>
        app.MapGet("/impor/{id:guid}/ditolak.csv", async (Guid id, ImporKlien api, HttpContext http) =>
            {
                var job = await api.JobAsync(id, http.RequestAborted);
                var csv = new StringBuilder("baris,alasan\n");
                foreach (var b in job.Ditolak)
                {
                    csv.Append(b.Baris).Append(',').Append(SelCsv.Aman(b.Alasan)).Append('\n');
                }

                return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"ditolak-{job.Sumber.ToLowerInvariant()}-{id:n}.csv");
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = "operator-dinas,admin" });
}
