namespace Kinerja.DataPegawai.Pegawai;

using JasperFx.Events;
using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Privasi;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Marten.Linq;

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
        pegawai.MapGet("/", Daftar).Produces<Halaman<PegawaiDto>>().WithSummary("Pegawai the caller may see, filtered and paged");
        pegawai.MapGet("/ringkasan", Ringkasan).Produces<RingkasanPadan>().RequireAuthorization(Kebijakan.Operator).WithSummary("How many pegawai of a wilayah are padan");
        pegawai.MapGet("/ringkasan/sekolah", RingkasanSekolah).Produces<IReadOnlyList<JumlahSekolah>>().RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Padan and belum padan per school of the operator's wilayah");
        pegawai.MapGet("/{nip}", Baca).DenganETag<PegawaiDto>().WithSummary("Identity, school, jenjang, statusPadan and open disparitas");
        pegawai.MapGet("/{nip}/riwayat", Riwayat).Produces<IReadOnlyList<EntriRiwayat>>().WithSummary("The pegawai's audit trail");
        SelesaikanDisparitas.Map(pegawai);
        Kontak.AturKontak.Map(pegawai);
        return app;
    }

    /// <summary>The pegawai if the caller may see them (else 404), and whether whole; a whole view is logged.</summary>
    private static async Task<(Pegawai P, bool Lengkap)> MuatAsync(string nip, IQuerySession session, CurrentUser user, LogAkses log,
        CancellationToken ct)
    {
        var p = await session.LoadAsync<Pegawai>(nip, ct);
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

    /// <remarks><c>BelumPadan</c> come first (what an operator must work on), then by NIP.</remarks>
    private static async Task<IResult> Daftar(string? npsn, string? wilayah, StatusPadan? statusPadan, JenisDisparitas? jenisDisparitas,
        int? page, int? pageSize, IQuerySession session, CurrentUser user, LogAkses log, CancellationToken ct)
    {
        var halaman = Paging.Dari(page, pageSize);

        IQueryable<Pegawai> query = session.Query<Pegawai>();
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
                    var kepala = (await AksesPegawai.KepalaDinilaiAsync(session, user, ct)).ToArray();
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
                var nip = user.PegawaiId;
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

        if (jenisDisparitas is { } jenis)
        {
            query = query.Where(p => p.Disparitas.Any(d => d.Jenis == jenis));
        }

        // enums are stored as their names: "BelumPadan" sorts before "Padan"
        var dilihat = await halaman.AmbilAsync(query.OrderBy(p => p.Status).ThenBy(p => p.Id), p => (P: p, Lengkap: AksesPegawai.BolehLihatDataPribadi(user, p)), ct);
        await log.CatatAsync(user, dilihat.Items.Where(d => d.Lengkap).Select(d => d.P.Id).ToList(), ct);
        return Results.Ok(new Halaman<PegawaiDto>(dilihat.Items.Select(d => PegawaiDto.Dari(d.P, d.Lengkap)).ToList(), dilihat.Page, dilihat.PageSize, dilihat.Total));
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

        IQueryable<Pegawai> query = session.Query<Pegawai>();
        if (wilayah is not null)
        {
            query = query.Where(p => p.Wilayah == wilayah);
        }

        var padan = await query.Where(p => p.Status == StatusPadan.Padan).CountAsync(ct);
        var belum = await query.Where(p => p.Status == StatusPadan.BelumPadan).CountAsync(ct);
        return Results.Ok(new RingkasanPadan(wilayah, padan, belum, padan + belum));
    }

    private static async Task<IResult> RingkasanSekolah(IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        IQueryable<Pegawai> query = session.Query<Pegawai>().Where(p => p.Npsn != null);
        if (!user.IsAdmin)
        {
            var wilayah = user.Wilayah;
            query = query.Where(p => p.Wilayah == wilayah);
        }

        var baris = await query.Select(p => new { p.Npsn, p.Status }).ToListAsync(ct);
        return Results.Ok(JumlahSekolah.Hitung(baris.Select(b => (b.Npsn!, b.Status.ToString()))));
    }

    private static async Task<IResult> Riwayat(string nip, IQuerySession session, CurrentUser user, LogAkses log, CancellationToken ct)
    {
        var (_, lengkap) = await MuatAsync(nip, session, user, log, ct);
        return Results.Ok(await session.RiwayatAsync(nip, ct, lengkap));
    }
}
