using Kinerja.DataPegawai.Pegawai;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Microsoft.AspNetCore.Http.Features;

namespace Kinerja.DataPegawai.Impor;

/// <summary>
/// <c>POST /api/pegawai/impor/{sumber}</c>: a whole source file (CSV with header, or a JSON array), checked
/// whole, then imported in the background; <c>GET /api/pegawai/impor/{id}</c> shows its progress.
/// </summary>
public static class ImporApi
{
    public static IEndpointRouteBuilder MapImporApi(this IEndpointRouteBuilder app)
    {
        var impor = app.MapGroup("/api/pegawai/impor").WithTags("Impor").RequireAuthorization(Kebijakan.Operator);
        impor.MapPost("/{sumber}", Unggah).WithSummary("Import a Dapodik, SI-ASN or Dukcapil file (text/csv or application/json)");
        impor.MapGet("/{id:guid}", Baca).WithSummary("Progress and result of an import");
        return app;
    }

    private static async Task<IResult> Unggah(string sumber, HttpContext http, IDocumentSession session, AntrianImpor antrian,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!Kolom.TryParse(sumber, out var jenis))
        {
            throw new ValidasiException("sumber", "Sumber harus dapodik, siasn atau dukcapil.");
        }

        var format = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/csv" => Format.Csv,
            "application/json" => Format.Json,
            var lain => throw new ValidasiException("Content-Type",
                $"Kirim berkas sebagai text/csv (dengan baris header) atau application/json (larik objek); diterima: {lain ?? "tidak ada"}."),
        };

        // files of a million rows are normal: no body limit here (the gateway route has none either)
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var id = Guid.NewGuid();
        Directory.CreateDirectory(antrian.Folder);
        var path = Path.Combine(antrian.Folder, $"{id:n}.{(format == Format.Csv ? "csv" : "json")}");
        var berkas = new BerkasImpor(path, jenis, format);
        var salah = await BerkasImpor.SimpanAsync(http.Request.Body, path, ct) ?? await berkas.PeriksaAsync(ct);
        if (salah is not null)
        {
            File.Delete(path);
            throw new ValidasiException("berkas", $"{salah} Tidak ada data yang disimpan.");
        }

        var job = new ImporJob { Id = id, Sumber = jenis, Oleh = user.Nip, Wilayah = user.IsAdmin ? null : user.Wilayah, Mulai = clock.GetUtcNow() };
        session.Store(job);
        await session.SaveChangesAsync(ct);
        await antrian.AntreAsync(new TugasImpor(id, berkas, new Pelaku(user.Nip, job.Wilayah, CorrelationMiddleware.Of(http))));
        return Results.Accepted($"/api/pegawai/impor/{id}", job);
    }

    private static async Task<IResult> Baca(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var job = await session.LoadAsync<ImporJob>(id, ct);
        if (job is null || !(user.IsAdmin || (job.Wilayah is not null && user.MayOperateIn(job.Wilayah))))
        {
            throw new TidakDitemukanException();
        }

        return Results.Ok(job);
    }
}
