namespace Kinerja.DataPegawai.Impor;

using Kinerja.DataPegawai.Pegawai;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Microsoft.AspNetCore.Http.Features;

/// <summary>
/// <c>POST /api/pegawai/impor/{sumber}</c>: a whole source file (CSV with header, or a JSON array), checked
/// whole, then imported in the background; <c>GET /api/pegawai/impor/{id}</c> shows its progress.
/// </summary>
public static class ImporApi
{
    public static IEndpointRouteBuilder MapImporApi(this IEndpointRouteBuilder app)
    {
        var impor = app.MapGroup("/api/pegawai/impor").WithTags("Impor").RequireAuthorization(Kebijakan.Operator);
        // an upload is a command too: counted like every other (its rows are decided per batch by Pegawai.Terima)
        impor.MapPost("/{sumber}", (string sumber, HttpContext http, IDocumentSession session, AntreanImpor antrean, FolderSpool spool, PenjagaSewa sewa,
                CurrentUser user, TimeProvider clock, IConfiguration configuration, CommandPipeline pipeline, CancellationToken ct) =>
                pipeline.MeasureAsync("impor", () => Unggah(sumber, http, session, antrean, spool, sewa, user, clock, configuration, ct)))
            .Produces<ImporJob>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict)
            // described, not enforced: Accepts would make routing answer 415 where the import names the bad type in a 400
            .AddOpenApiOperationTransformer((op, _, _) =>
            {
                op.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "The source's file: CSV with a header row, or a JSON array of rows (docs/sumber-data.md).",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                        ["application/json"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.Array } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithSummary("Import a Dapodik, SI-ASN or Dukcapil file (text/csv or application/json)");
        impor.MapGet("/", Daftar).Produces<Halaman<ImporJob>>().WithSummary("The import jobs of the operator's wilayah, newest first, without their rejected rows");
        impor.MapGet("/{id:guid}", Baca).Produces<ImporJob>().WithSummary("Progress and result of an import");
        return app;
    }

    /// <summary>Largest file taken (<c>Impor:MaksBytes</c>): 512 MiB holds a province's Dapodik export as JSON several times over.</summary>
    public const long MaksBytesBawaan = 512L * 1024 * 1024;

    private static async Task<IResult> Unggah(string sumber, HttpContext http, IDocumentSession session, AntreanImpor antrean,
        FolderSpool spool, PenjagaSewa sewa, CurrentUser user, TimeProvider clock, IConfiguration configuration, CancellationToken ct)
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

        var pelaku = new Pengunggah(user.PegawaiId, user.IsAdmin ? null : user.Wilayah, CorrelationMiddleware.Of(http));
        // the place is taken before a byte is spooled: ten parallel uploads spool at most as many files as may run
        if (!antrean.TryPesan(pelaku))
        {
            return Penuh(http, antrean);
        }

        var maks = configuration.GetValue("Impor:MaksBytes", MaksBytesBawaan);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maks;
        }

        var id = Guid.NewGuid();
        var path = Path.Combine(spool.Folder, $"{id:n}.{(format == Format.Csv ? "csv" : "json")}");
        var berkas = new BerkasImpor(path, jenis, format);
        var antre = false;
        try
        {
            string? salah;
            await using (var file = spool.Buka(path))
            {
                salah = await BerkasImpor.SimpanAsync(http.Request.Body, file, maks, ct);
            }

            long baris = 0;
            if (salah is null)
            {
                (salah, baris) = await berkas.PeriksaAsync(ct);
            }
            if (salah is not null)
            {
                throw new ValidasiException("berkas", $"{salah} Tidak ada data yang disimpan.");
            }

            var job = new ImporJob { Id = id, Sumber = jenis, Oleh = user.PegawaiId, Wilayah = pelaku.Wilayah, Mulai = clock.GetUtcNow(), JumlahBaris = baris };
            // the job and its lease in one transaction: no instance ever sees this job running without an owner
            session.Store(job);
            session.Store(sewa.Ambil(id));
            await session.SaveChangesAsync(ct);
            antrean.Antre(new TugasImpor(id, berkas, pelaku));
            antre = true;
            return Results.Accepted($"/api/pegawai/impor/{id}", job);
        }
        finally
        {
            // refused, too large, aborted by the client, or failed: the place is free again and the spool file goes
            // now, not at the next start
            if (!antre)
            {
                antrean.BatalPesan(pelaku);
                FolderSpool.Hapus(path);
                sewa.Lepas(id);
            }
        }
    }

    private static IResult Penuh(HttpContext http, AntreanImpor antrean)
    {
        http.Response.Headers.RetryAfter = "60";
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Antrean impor penuh",
            detail: $"Wilayah ini sudah punya {antrean.BatasPerWilayah} impor yang menunggu atau berjalan; tunggu salah satunya selesai (GET /api/pegawai/impor/{{id}}), lalu unggah lagi. Tidak ada yang disimpan.");
    }

    private static async Task<IResult> Daftar(int? page, int? pageSize, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var halaman = Paging.Dari(page, pageSize);
        IQueryable<ImporJob> query = session.Query<ImporJob>();
        if (!user.IsAdmin)
        {
            var wilayah = user.Wilayah;
            query = query.Where(j => j.Wilayah == wilayah);
        }

        // a list shows counts; the rejected rows (up to a thousand per job) are read one job at a time
        return Results.Ok(await halaman.AmbilAsync(query.OrderByDescending(j => j.Mulai), j => j with { Ditolak = [] }, ct));
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
