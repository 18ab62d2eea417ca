using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Sekolah;
using Marten;

namespace Kinerja.Observasi.Siklus;

/// <summary>
/// The cycle's steps. Who may: the teacher (owner) their steps; the current principal of the school
/// (after a change of principal, the new one) the rater's steps, or for a principal's own cycle a
/// penilai-ks of the wilayah; operators of the wilayah read. Anyone else: 404.
/// </summary>
public static class SiklusApi
{
    public static IEndpointRouteBuilder MapSiklusApi(this IEndpointRouteBuilder app)
    {
        var siklus = app.MapGroup("/api/observasi/siklus").WithTags("Siklus");
        siklus.MapGet("/{id:guid}", Baca);
        siklus.MapGet("/{id:guid}/riwayat", Riwayat);
        siklus.MapPost("/{id:guid}/persiapan", (Guid id, IsiPersiapan body, HttpContext h, IDocumentSession s, CurrentUser u, TimeProvider jam, CancellationToken ct) =>
        {
            var (target, upaya, jadwal) = ValidasiLangkah.Persiapan(body);
            return Jalankan(id, h, s, u, (siklus, pelaku) => siklus.SusunPersiapan(pelaku, target, upaya, jadwal, jam.GetUtcNow()), ct);
        }).WithSummary("A. Diskusi persiapan (guru): target perilaku, upaya, jadwal observasi");
        siklus.MapPost("/{id:guid}/persiapan/konfirmasi", (Guid id, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
            Jalankan(id, h, s, u, (siklus, pelaku) => siklus.KonfirmasiJadwal(pelaku, u.Nip), ct)).WithSummary("The rater confirms the observation schedule");
        siklus.MapPost("/{id:guid}/observasi", (Guid id, IsiObservasi body, HttpContext h, IDocumentSession s, CurrentUser u, TimeProvider jam, CancellationToken ct) =>
        {
            var (rubrik, rekomendasi) = ValidasiLangkah.Observasi(body);
            return Jalankan(id, h, s, u, (siklus, pelaku) => siklus.Observasikan(pelaku, u.Nip, rubrik, rekomendasi, jam.GetUtcNow()), ct);
        }).WithSummary("B. Observasi kinerja (penilai): one level per focus behaviour");
        siklus.MapPost("/{id:guid}/diskusi-tindak-lanjut", (Guid id, IsiDiskusi body, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
        {
            var diskusi = ValidasiLangkah.Diskusi(id, body, u.Nip);
            return Jalankan(id, h, s, u, (siklus, pelaku) => siklus.CatatDiskusi(pelaku, diskusi), ct);
        }).WithSummary("C. Diskusi tindak lanjut (penilai)");
        siklus.MapPost("/{id:guid}/upaya-tindak-lanjut", (Guid id, IsiUpaya body, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
        {
            var kegiatan = ValidasiLangkah.Upaya(body);
            return Jalankan(id, h, s, u, (siklus, pelaku) => siklus.CatatUpaya(pelaku, kegiatan), ct);
        }).WithSummary("D. Upaya tindak lanjut (guru): activities a–r with dates");
        siklus.MapPost("/{id:guid}/refleksi", (Guid id, IsiRefleksi body, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
        {
            var refleksi = ValidasiLangkah.Refleksi(id, body);
            return Jalankan(id, h, s, u, (siklus, pelaku) => siklus.SusunRefleksi(pelaku, refleksi), ct);
        }).WithSummary("E. Refleksi tindak lanjut (guru)");
        siklus.MapPost("/{id:guid}/refleksi/konfirmasi", (Guid id, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
            Jalankan(id, h, s, u, (siklus, pelaku) => siklus.KonfirmasiRefleksi(pelaku, u.Nip), ct)).WithSummary("The rater acknowledges the refleksi: the cycle is complete");
        return app;
    }

    /// <summary>The caller's relation to the cycle, or null.</summary>
    public static async Task<Pelaku?> PelakuAsync(Siklus siklus, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        if (user.Nip == siklus.Nip)
        {
            return Pelaku.Guru;
        }

        return await Penilai.AdalahAsync(user, siklus.Nip, siklus.Peran == PeranPemilik.KepalaSekolah, siklus.Npsn, siklus.Wilayah, session, ct)
            ? Pelaku.Penilai
            : null;
    }

    private static async Task<Siklus> BolehBacaAsync(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var siklus = await session.LoadAsync<Siklus>(id, ct);
        if (siklus is null || (await PelakuAsync(siklus, user, session, ct) is null && !user.MayOperateIn(siklus.Wilayah)))
        {
            throw new TidakDitemukanException();
        }

        return siklus;
    }

    private static async Task<IResult> Baca(Guid id, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var siklus = await BolehBacaAsync(id, session, user, ct);
        ETag.Set(response, siklus.Version);
        return Results.Ok(siklus);
    }

    private static async Task<IResult> Riwayat(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        await BolehBacaAsync(id, session, user, ct);
        return Results.Ok(await session.RiwayatAsync(id, ct));
    }

    private static async Task<IResult> Jalankan(Guid id, HttpContext http, IDocumentSession session, CurrentUser user,
        Func<Siklus, Pelaku, object> putuskan, CancellationToken ct)
    {
        var stream = await session.FetchForWritingAsync<Siklus>(id, http.Request, ct);
        var siklus = stream.Aggregate;
        var pelaku = siklus is null ? null : await PelakuAsync(siklus, user, session, ct);
        if (siklus is null || pelaku is null)
        {
            throw new TidakDitemukanException();
        }

        stream.AppendOne(putuskan(siklus, pelaku.Value));
        await session.SaveChangesAsync(ct);
        var kini = await session.LoadAsync<Siklus>(id, ct) ?? throw new InvalidOperationException($"Cycle {id} vanished after it was saved.");
        ETag.Set(http.Response, kini.Version);
        return Results.Ok(kini);
    }
}
