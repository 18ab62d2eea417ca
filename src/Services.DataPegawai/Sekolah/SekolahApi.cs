namespace Kinerja.DataPegawai.Sekolah;

using JasperFx.Events;
using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <param name="NamaKepala">On a single school's read: the principal's name, so its staff know who rates them.</param>
/// <param name="Penilai">The penilai-ks assigned last, who rates the principal from its <c>berlakuSejak</c>.</param>
/// <param name="NamaPenilai">On a single school's read: the penilai-ks's name, when they are a pegawai known here.</param>
public sealed record SekolahDto(string Npsn, string Nama, string Wilayah, KepalaSekolah? Kepala, string? NamaKepala = null,
    PenilaiKs? Penilai = null, string? NamaPenilai = null);

/// <summary>Schools and their principals: reads here, each command in its own file, who may in <see cref="SekolahAkses"/>.</summary>
public static class SekolahApi
{
    public static IEndpointRouteBuilder MapSekolahApi(this IEndpointRouteBuilder app)
    {
        var sekolah = app.MapGroup("/api/sekolah").WithTags("Sekolah");
        Simpan.Map(sekolah);
        TugaskanKepala.Map(sekolah);
        TugaskanPenilai.Map(sekolah);
        sekolah.MapGet("/", Daftar).Produces<Halaman<SekolahDto>>().RequireAuthorization(Kebijakan.Operator)
            .WithSummary("The schools of the operator's wilayah, searched by name or NPSN, paged");
        sekolah.MapGet("/{npsn}", Baca).DenganETag<SekolahDto>().WithSummary("A school and its principal");
        sekolah.MapGet("/{npsn}/riwayat", Riwayat).Produces<IReadOnlyList<EntriRiwayat>>().RequireAuthorization(Kebijakan.Operator)
            .WithSummary("The school's audit trail");
        return app;
    }

    private static async Task<IResult> Baca(string npsn, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var sekolah = await session.LoadAsync<Sekolah>(npsn, ct) ?? throw new TidakDitemukanException();
        SekolahAkses.UntukMembaca(sekolah, user);

        ETag.Set(response, sekolah.Version);
        var kepala = sekolah.Kepala is { } k ? await session.LoadAsync<Pegawai.Pegawai>(k.PegawaiId, ct) : null;
        var penilai = sekolah.Penilai is { } p ? await session.LoadAsync<Pegawai.Pegawai>(p.PegawaiId, ct) : null;
        return Results.Ok(Dto(sekolah) with { NamaKepala = kepala?.Nama, NamaPenilai = penilai?.Nama });
    }

    private static async Task<IResult> Daftar(string? cari, int? page, int? pageSize, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var halaman = Paging.Dari(page, pageSize);
        IQueryable<Sekolah> query = session.Query<Sekolah>();
        if (!user.IsAdmin)
        {
            var wilayah = user.Wilayah;
            query = query.Where(s => s.Wilayah == wilayah);
        }

        if (!string.IsNullOrWhiteSpace(cari))
        {
            var c = cari.Trim();
            query = query.Where(s => s.Id.StartsWith(c) || s.Nama.Contains(c, StringComparison.OrdinalIgnoreCase));
        }

        return Results.Ok(await halaman.AmbilAsync(query.OrderBy(s => s.Nama).ThenBy(s => s.Id), Dto, ct));
    }

    private static async Task<IResult> Riwayat(string npsn, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var sekolah = await session.LoadAsync<Sekolah>(npsn, ct);
        if (sekolah is null || !user.MayOperateIn(sekolah.Wilayah))
        {
            throw new TidakDitemukanException();
        }

        return Results.Ok(await session.RiwayatAsync(npsn, ct));
    }

    public static SekolahDto Dto(Sekolah s) => new(s.Id, s.Nama, s.Wilayah, s.Kepala, Penilai: s.Penilai);
}
