using JasperFx.Events;
using Kinerja.DataPegawai.Identitas;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

namespace Kinerja.DataPegawai.Sekolah;

public sealed record SimpanSekolah(string? Nama, string? Wilayah);

public sealed record TugaskanKepalaSekolah(string? Nip, bool? Plt, DateOnly? BerlakuSejak);

public sealed record SekolahDto(string Npsn, string Nama, string Wilayah, KepalaSekolah? Kepala);

/// <summary>
/// Schools and their principals. Who may: an admin anywhere, an operator-dinas in their own wilayah;
/// a school of another wilayah is answered 404, as if it did not exist.
/// </summary>
public static class SekolahApi
{
    public static IEndpointRouteBuilder MapSekolahApi(this IEndpointRouteBuilder app)
    {
        var sekolah = app.MapGroup("/api/sekolah").WithTags("Sekolah");
        sekolah.MapPut("/{npsn}", Simpan).RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Register a school or change its name and wilayah");
        sekolah.MapPut("/{npsn}/kepala", TugaskanKepala).RequireAuthorization(Kebijakan.Operator)
            .WithSummary("Assign the school's principal (or Plt)");
        sekolah.MapGet("/{npsn}", Baca).WithSummary("A school and its principal");
        sekolah.MapGet("/{npsn}/riwayat", Riwayat).RequireAuthorization(Kebijakan.Operator)
            .WithSummary("The school's audit trail");
        return app;
    }

    private static async Task<IResult> Simpan(
        string npsn, SimpanSekolah body, HttpContext http, IDocumentSession session, CurrentUser user,
        KinerjaMetrics metrics, CancellationToken ct)
    {
        var validasi = new Validasi();
        validasi.Periksa("npsn", Nomor.PeriksaNpsn(npsn));
        var nama = validasi.Teks("nama", body.Nama, 200);
        validasi.Periksa("wilayah", Nomor.PeriksaWilayah(body.Wilayah));
        validasi.LemparJikaAda();
        var wilayah = body.Wilayah!;

        var stream = await session.FetchForWritingAsync<Sekolah>(npsn, http.Request, ct);
        if (stream.Aggregate is { } ada && !user.MayOperateIn(ada.Wilayah))
        {
            throw new TidakDitemukanException();
        }

        if (!user.MayOperateIn(wilayah))
        {
            throw new ValidasiException("wilayah", $"Operator wilayah {user.Wilayah} hanya dapat mengelola sekolah di wilayahnya sendiri.");
        }

        var baru = stream.Aggregate is null;
        stream.AppendMany(Sekolah.Simpan(stream.Aggregate, npsn, nama, wilayah));
        await session.SaveChangesAsync(ct);
        metrics.Perintah("simpan-sekolah", baru ? "didaftarkan" : "diperbarui");

        var hasil = await TulisAsync(http.Response, session, npsn, ct);
        return baru ? Results.Created($"/api/sekolah/{npsn}", hasil) : Results.Ok(hasil);
    }

    private static async Task<IResult> TugaskanKepala(
        string npsn, TugaskanKepalaSekolah body, HttpContext http, IDocumentSession session, CurrentUser user,
        TimeProvider clock, KinerjaMetrics metrics, CancellationToken ct)
    {
        var validasi = new Validasi();
        validasi.Periksa("npsn", Nomor.PeriksaNpsn(npsn));
        validasi.Periksa("nip", Nomor.PeriksaNip(body.Nip));
        var plt = validasi.Wajib("plt", body.Plt);
        validasi.LemparJikaAda();

        var stream = await session.FetchForWritingAsync<Sekolah>(npsn, http.Request, ct);
        var sekolah = stream.Aggregate
            ?? throw new ValidasiException("npsn", $"Sekolah {npsn} belum terdaftar; daftarkan dahulu dengan PUT /api/sekolah/{npsn}.");
        if (!user.MayOperateIn(sekolah.Wilayah))
        {
            throw new TidakDitemukanException();
        }

        var berlakuSejak = body.BerlakuSejak ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);
        stream.AppendMany(sekolah.TugaskanKepala(body.Nip!, plt, berlakuSejak));
        await session.SaveChangesAsync(ct);
        metrics.Perintah("tugaskan-kepala-sekolah", "ok");

        return Results.Ok(await TulisAsync(http.Response, session, npsn, ct));
    }

    private static async Task<IResult> Baca(string npsn, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var sekolah = await session.LoadAsync<Sekolah>(npsn, ct);
        // staff of the school may see it too: they need to know who heads it
        if (sekolah is null || !(user.MayOperateIn(sekolah.Wilayah) || user.Npsn == npsn))
        {
            throw new TidakDitemukanException();
        }

        ETag.Set(response, sekolah.Version);
        return Results.Ok(Dto(sekolah));
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

    private static async Task<SekolahDto> TulisAsync(HttpResponse response, IQuerySession session, string npsn, CancellationToken ct)
    {
        var sekolah = await session.LoadAsync<Sekolah>(npsn, ct)
            ?? throw new InvalidOperationException($"School {npsn} vanished after it was saved.");
        ETag.Set(response, sekolah.Version);
        return Dto(sekolah);
    }

    private static SekolahDto Dto(Sekolah s) => new(s.Id, s.Nama, s.Wilayah, s.Kepala);
}
