namespace Kinerja.DataPegawai.Privasi;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

/// <summary><c>GET /api/pegawai/log-akses</c>: an admin reads who saw whose personal data, by pegawai or by reader.</summary>
public static class LogAksesApi
{
    public static IEndpointRouteBuilder MapLogAksesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pegawai/log-akses", Cari).Produces<IReadOnlyList<EntriAkses>>().RequireAuthorization(Kebijakan.Admin).WithTags("Pegawai")
            .WithSummary("The PDP access log: reads of full NIKs and mothers' names (admin only); page on with ?setelah=<last id>");
        return app;
    }

    private static async Task<IResult> Cari(string? pegawai, string? pembaca, long? setelah, int? batas, LogAkses log, CancellationToken ct)
    {
        var validasi = new Validation();
        if (pegawai is null && pembaca is null)
        {
            validasi.Add("pegawai", "Sebutkan pegawai (NIP yang datanya dibaca) atau pembaca (NIP yang membaca).");
        }

        if (batas is < 1 or > 1000)
        {
            validasi.Add("batas", "Antara 1 dan 1000.");
        }

        validasi.ThrowIfAny();
        return Results.Ok(await log.CariAsync(pegawai, pembaca, setelah, batas ?? 200, ct));
    }
}
