namespace Kinerja.Observasi.Siklus;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <param name="Diobservasi">Whether the observation is recorded: its record can be read, printed and acknowledged.</param>
/// <param name="Dibaca">Whether the owner acknowledged that record.</param>
/// <param name="Jadwal">The observation's time as proposed at step A (agreed once the cycle is at <c>Observasi</c>).</param>
public sealed record PosisiSiklus(Guid Id, [property: JsonPropertyName("nip")] string PegawaiId, string Npsn, Tahap Tahap, string Menunggu, int Tahun,
    bool Diobservasi, bool Dibaca, DateTimeOffset? Jadwal);

/// <summary>
/// <c>GET /api/observasi/siklus?tahun=&amp;page=&amp;pageSize=</c> (paged like every list): a teacher their own cycle, a principal every cycle of the
/// school and who each waits on, a penilai-ks the cycles of the principals of the schools assigned to them, an operator the
/// wilayah. <c>GET /api/observasi/siklus/ringkasan?tahun=</c>: an operator's counts per step.
/// </summary>
public static class SiklusQueries
{
    public static IEndpointRouteBuilder MapSiklusQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/observasi/siklus", Daftar).Produces<Halaman<PosisiSiklus>>().WithTags("Siklus")
            .WithSummary("Cycles the caller may see, where each stands; pegawai= one person's, across years without tahun");
        app.MapGet("/api/observasi/siklus/ringkasan", Ringkasan).Produces<Dictionary<string, int>>().WithTags("Siklus").RequireAuthorization(Kebijakan.Operator);
        app.MapGet("/api/observasi/siklus/ringkasan/sekolah", RingkasanSekolah).Produces<IReadOnlyList<JumlahSekolah>>().WithTags("Siklus").RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Cycles per step, per school of the operator's wilayah");
        return app;
    }

    private static async Task<IResult> Daftar(int? tahun, string? npsn, string? pegawai, Tahap? tahap, int? page, int? pageSize, IQuerySession session,
        CurrentUser user, CancellationToken ct)
    {
        var halaman = Paging.Dari(page, pageSize);
        var query = await DaftarTerlihat.SaringAsync(session.Query<Siklus>(), user, Siklus.MilikDalamDaftar, session, ct);
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

        if (tahap is { } th)
        {
            query = query.Where(s => s.Tahap == th);
        }

        return Results.Ok(await halaman.AmbilAsync(query.OrderBy(s => s.PegawaiId), s => new PosisiSiklus(s.Id, s.PegawaiId, s.Npsn, s.Tahap, s.Menunggu, s.Tahun, s.Observasi is not null, s.Dibaca, s.Persiapan?.Jadwal), ct));
    }

    private static async Task<IResult> Ringkasan(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var query = DiWilayah(tahun, session, user);
        var tahap = await query.Select(s => s.Tahap).ToListAsync(ct);
        return Results.Ok(Enum.GetValues<Tahap>().ToDictionary(x => x.ToString(), x => tahap.Count(y => y == x)));
    }

    private static async Task<IResult> RingkasanSekolah(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var query = DiWilayah(tahun, session, user);
        var baris = await query.Select(s => new { s.Npsn, s.Tahap }).ToListAsync(ct);
        return Results.Ok(JumlahSekolah.Hitung(baris.Select(b => (b.Npsn, b.Tahap.ToString()))));
    }

    /// <summary>The year's cycles of the operator's wilayah (every wilayah for an admin): what both summaries count.</summary>
    private static IQueryable<Siklus> DiWilayah(int? tahun, IQuerySession session, CurrentUser user)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        var query = session.Query<Siklus>().Where(s => s.Tahun == t);
        var w = user.Wilayah;
        return user.IsAdmin ? query : query.Where(s => s.Wilayah == w);
    }
}
