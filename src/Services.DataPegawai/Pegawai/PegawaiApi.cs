using JasperFx.Events;
using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Marten.Linq;
using Kinerja.DataPegawai.Privasi;
using Domain = Kinerja.DataPegawai.Pegawai.Pegawai;

namespace Kinerja.DataPegawai.Pegawai;

public sealed record PenyelesaianDisparitas(string? Nilai, string? Alasan);

public sealed record Halaman<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public sealed record RingkasanPadan(string? Wilayah, long Padan, long BelumPadan, long Total);

/// <summary>
/// Reading reconciled pegawai and resolving their disparitas. Who may read what is <see cref="AksesPegawai"/>;
/// every response that carries personal data is recorded in <see cref="LogAkses"/>.
/// </summary>
public static class PegawaiApi
{
    public static IEndpointRouteBuilder MapPegawaiApi(this IEndpointRouteBuilder app)
    {
        var pegawai = app.MapGroup("/api/pegawai").WithTags("Pegawai");
        pegawai.MapGet("/", Daftar).WithSummary("Pegawai the caller may see, filtered and paged");
        pegawai.MapGet("/ringkasan", Ringkasan).RequireAuthorization(Kebijakan.Operator).WithSummary("How many pegawai of a wilayah are padan");
        pegawai.MapGet("/{nip}", Baca).WithSummary("Identity, school, jenjang, statusPadan and open disparitas");
        pegawai.MapGet("/{nip}/riwayat", Riwayat).WithSummary("The pegawai's audit trail");
        pegawai.MapPost("/{nip}/disparitas/{kode}/penyelesaian", Selesaikan).RequireAuthorization(Kebijakan.Operator)
            .WithSummary("An operator resolves one disparitas, with a written reason");
        return app;
    }

    /// <summary>The pegawai if the caller may see them (else 404), and whether whole; a whole view is logged.</summary>
    private static async Task<(Domain P, bool Lengkap)> MuatAsync(string nip, IQuerySession session, CurrentUser user, LogAkses log,
        CancellationToken ct)
    {
        var p = await session.LoadAsync<Domain>(nip, ct);
        if (p is null || !await AksesPegawai.BolehLihatAsync(user, p, session, ct))
        {
            throw new TidakDitemukanException();
        }

        var lengkap = AksesPegawai.BolehLihatDataPribadi(user, p);
        if (lengkap)
        {
            await log.CatatAsync(user, [p.Id], ct);
        }

        return (p, lengkap);
    }

    private static async Task<IResult> Baca(string nip, HttpResponse response, IQuerySession session, CurrentUser user, LogAkses log,
        CancellationToken ct)
    {
        var (p, lengkap) = await MuatAsync(nip, session, user, log, ct);
        ETag.Set(response, p.Version);
        return Results.Ok(PegawaiDto.Dari(p, lengkap));
    }

    private static async Task<IResult> Daftar(string? npsn, string? wilayah, StatusPadan? statusPadan, int? page, int? pageSize,
        IQuerySession session, CurrentUser user, LogAkses log, CancellationToken ct)
    {
        var validasi = new Validasi();
        var halaman = page ?? 1;
        var ukuran = pageSize ?? 50;
        if (halaman < 1)
        {
            validasi.Tambah("page", "Mulai dari 1.");
        }

        if (ukuran is < 1 or > 200)
        {
            validasi.Tambah("pageSize", "Antara 1 dan 200.");
        }

        validasi.LemparJikaAda();

        IQueryable<Domain> query = session.Query<Domain>();
        if (!user.IsAdmin)
        {
            if (user.Is(Peran.OperatorDinas) || user.Is(Peran.PenilaiKs))
            {
                if (wilayah is not null && wilayah != user.Wilayah)
                {
                    throw new TidakDitemukanException();
                }

                wilayah = user.Wilayah;
                if (!user.Is(Peran.OperatorDinas))
                {
                    var kepala = (await AksesPegawai.KepalaDiWilayahAsync(session, wilayah!, ct)).ToArray();
                    query = query.Where(p => p.Id.IsOneOf(kepala));
                }
            }
            else if (user.Is(Peran.KepalaSekolah))
            {
                if (npsn is not null && npsn != user.Npsn)
                {
                    throw new TidakDitemukanException();
                }

                npsn = user.Npsn;
            }
            else
            {
                var nip = user.Nip;
                query = query.Where(p => p.Id == nip);
            }
        }

        if (npsn is not null)
        {
            query = query.Where(p => p.Npsn == npsn);
        }

        if (wilayah is not null)
        {
            query = query.Where(p => p.Wilayah == wilayah);
        }

        if (statusPadan is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        var items = await query.Stats(out var stats).OrderBy(p => p.Id).Skip((halaman - 1) * ukuran).Take(ukuran).ToListAsync(ct);
        var dilihat = items.Select(p => (P: p, Lengkap: AksesPegawai.BolehLihatDataPribadi(user, p))).ToList();
        await log.CatatAsync(user, dilihat.Where(d => d.Lengkap).Select(d => d.P.Id).ToList(), ct);
        return Results.Ok(new Halaman<PegawaiDto>(dilihat.Select(d => PegawaiDto.Dari(d.P, d.Lengkap)).ToList(), halaman, ukuran, stats.TotalResults));
    }

    private static async Task<IResult> Ringkasan(string? wilayah, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        if (!user.IsAdmin)
        {
            if (wilayah is not null && wilayah != user.Wilayah)
            {
                throw new TidakDitemukanException();
            }

            wilayah = user.Wilayah;
        }

        IQueryable<Domain> query = session.Query<Domain>();
        if (wilayah is not null)
        {
            query = query.Where(p => p.Wilayah == wilayah);
        }

        var padan = await query.Where(p => p.Status == StatusPadan.Padan).CountAsync(ct);
        var belum = await query.Where(p => p.Status == StatusPadan.BelumPadan).CountAsync(ct);
        return Results.Ok(new RingkasanPadan(wilayah, padan, belum, padan + belum));
    }

    private static async Task<IResult> Riwayat(string nip, IQuerySession session, CurrentUser user, LogAkses log, CancellationToken ct)
    {
        var (_, lengkap) = await MuatAsync(nip, session, user, log, ct);
        return Results.Ok(await session.RiwayatAsync(nip, ct, lengkap));
    }

    private static async Task<IResult> Selesaikan(string nip, string kode, PenyelesaianDisparitas body, HttpContext http,
        IDocumentSession session, CurrentUser user, TimeProvider clock, KinerjaMetrics metrics, LogAkses log, CancellationToken ct)
    {
        var validasi = new Validasi();
        validasi.Periksa("nip", Nomor.PeriksaNip(nip));
        var nilai = validasi.Teks("nilai", body.Nilai, 200);
        var alasan = validasi.Teks("alasan", body.Alasan, 1000);
        validasi.LemparJikaAda();

        var stream = await session.FetchForWritingAsync<Domain>(nip, http.Request, ct);
        if (stream.Aggregate is not { } p || p.Wilayah is null || !user.MayOperateIn(p.Wilayah))
        {
            throw new TidakDitemukanException();
        }

        var lain = p.Siasn is null && p.Nik is { } nik
            ? (await session.Query<SumberSiasn>().Where(s => s.Nik == nik && s.Id != nip).FirstOrDefaultAsync(ct))?.Id
            : null;
        var events = (p with { NipSiasnLain = lain }).Selesaikan(kode, nilai, alasan, user.Nip, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        stream.AppendMany(events);
        // the read model is written with the events, as the importer does (see Program.cs)
        var kini = (p with { NipSiasnLain = lain }).Lanjut(events) with { Version = (stream.StartingVersion ?? 0) + events.Count, NipSiasnLain = null };
        session.Store(kini);
        await session.SaveChangesAsync(ct);
        metrics.Perintah("selesaikan-disparitas", "ok");
        await log.CatatAsync(user, [kini.Id], ct);

        ETag.Set(http.Response, kini.Version);
        return Results.Ok(PegawaiDto.Dari(kini, lengkap: true));
    }
}
