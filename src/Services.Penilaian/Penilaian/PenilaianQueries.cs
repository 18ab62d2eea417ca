namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary><c>GET /api/penilaian?tahun=&amp;npsn=&amp;pegawai=&amp;status=&amp;page=&amp;pageSize=</c> (paged like every list): a teacher their own; a principal their school's (and what is still unrated); a penilai-ks the principals of the schools assigned to them; an operator the wilayah.</summary>
public static class PenilaianQueries
{
    public static IEndpointRouteBuilder MapPenilaianQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/penilaian", async (int? tahun, string? npsn, string? pegawai, StatusPenilaian? status, PredikatKinerja? predikat, int? page, int? pageSize, IQuerySession session,
            CurrentUser user, CancellationToken ct) =>
        {
            var halaman = Paging.Dari(page, pageSize);
            var query = await DaftarTerlihat.SaringAsync(session.Query<Penilaian>(), user, Penilaian.MilikDalamDaftar, session, ct);
            if (tahun is { } t)
            {
                query = query.Where(p => p.Tahun == t);
            }

            if (npsn is not null)
            {
                query = query.Where(p => p.Npsn == npsn);
            }

            if (pegawai is not null)
            {
                query = query.Where(p => p.PegawaiId == pegawai);
            }

            if (status is { } s)
            {
                query = query.Where(p => p.Status == s);
            }

            if (predikat is { } pr)
            {
                query = query.Where(p => p.Hasil!.Predikat == pr);
            }

            return TypedResults.Ok(await halaman.AmbilAsync(query.OrderBy(p => p.PegawaiId), p => p, ct));
        }).WithTags("Penilaian").WithSummary("Assessments the caller may see; filter status=SiapDinilai for what is still unrated, pegawai= for one person's across years");
        app.MapGet("/api/penilaian/ringkasan/sekolah", RingkasanSekolah).Produces<IReadOnlyList<JumlahSekolah>>().WithTags("Penilaian").RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Assessments per status, and finalised ones per predikat, per school of the operator's wilayah");
        return app;
    }

    /// <summary>Keys are the statuses and, for finalised assessments, their predikat too (distinct names: one dictionary per school).</summary>
    private static async Task<IResult> RingkasanSekolah(int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
        IQueryable<Penilaian> query = session.Query<Penilaian>().Where(p => p.Tahun == t);
        if (!user.IsAdmin)
        {
            var w = user.Wilayah;
            query = query.Where(p => p.Wilayah == w);
        }

        var baris = await query.Select(p => new { p.Npsn, p.Status, p.Hasil }).ToListAsync(ct);
        return Results.Ok(JumlahSekolah.Hitung(baris.Select(b => (b.Npsn, b.Status.ToString()))
            .Concat(baris.Where(b => b.Hasil is not null).Select(b => (b.Npsn, b.Hasil!.Predikat.ToString())))));
    }
}
