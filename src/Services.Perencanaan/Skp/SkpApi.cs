using JasperFx.Events;
using Kinerja.ServiceDefaults.Pegawai;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Sekolah;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

namespace Kinerja.Perencanaan.Skp;

/// <summary>One plan per pegawai per period, recorded beside the plan so a second create collides.</summary>
public sealed record SkpPerPeriode(string Id, Guid SkpId);

/// <summary>
/// The SKP plan. Who may (domain.md §1, §4): the owner writes and submits their own; the current
/// principal of the owner's school agrees or returns a teacher's plan; a penilai-ks of the wilayah a
/// principal's plan; operators and admins of the wilayah read. Anyone else: 404.
/// </summary>
public static class SkpApi
{
    public static IEndpointRouteBuilder MapSkpApi(this IEndpointRouteBuilder app)
    {
        var skp = app.MapGroup("/api/perencanaan/skp").WithTags("SKP");
        skp.MapPost("/", Buat).WithSummary("Start the caller's own plan for a period");
        skp.MapGet("/{id:guid}", Baca);
        skp.MapGet("/{id:guid}/riwayat", Riwayat);
        skp.MapPut("/{id:guid}/tugas-pokok", (Guid id, PilihKode body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Ubah(id, http, s, u, j, (skp, _) => ValidasiBagian.TugasPokok(id, body), ct));
        skp.MapPut("/{id:guid}/praktik-kinerja", (Guid id, PilihKode body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Ubah(id, http, s, u, j, (skp, _) => ValidasiBagian.PraktikKinerja(id, skp.Peran, body), ct));
        skp.MapPut("/{id:guid}/pengembangan-kompetensi", (Guid id, PilihKode body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Ubah(id, http, s, u, j, (_, _) => ValidasiBagian.PengembanganKompetensi(id, body), ct));
        skp.MapPut("/{id:guid}/perilaku-kerja", (Guid id, PilihPerilaku body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Ubah(id, http, s, u, j, (_, pelaku) => ValidasiBagian.PerilakuKerja(id, body, pelaku == Pelaku.Penilai), ct));
        skp.MapPut("/{id:guid}/hasil-kerja", (Guid id, IsiHasilKerja body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Ubah(id, http, s, u, j, (skp, _) => ValidasiBagian.HasilKerja(id, skp.Peran, body), ct));
        skp.MapPost("/{id:guid}/ajukan", (Guid id, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan(id, http, s, u, j, Pelaku.Pemilik, async (skp, ct2) =>
            {
                // the Plt in force today agrees on submission, unless the plan is the Plt's own: nobody agrees their own
                var plt = (await s.LoadAsync<KepalaSekolahLokal>(skp.Npsn, ct2))?.Pada(u.HariIni);
                return skp.Ajukan(plt is { Plt: true } && plt.Nip != skp.Nip ? plt.Nip : null);
            }, penyesuaian: false, ct));
        skp.MapPost("/{id:guid}/setujui", (Guid id, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan(id, http, s, u, j, Pelaku.Penilai, (skp, _) => Task.FromResult(skp.Setujui(u.Nip)), penyesuaian: false, ct));
        skp.MapPost("/{id:guid}/kembalikan", (Guid id, Pengembalian body, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
        {
            var validasi = new Validasi();
            var catatan = validasi.Teks("catatan", body.Catatan, 2000);
            validasi.LemparJikaAda();
            return Jalankan(id, http, s, u, j, Pelaku.Penilai, (skp, _) => Task.FromResult(skp.Kembalikan(catatan)), penyesuaian: false, ct);
        });
        skp.MapPost("/{id:guid}/buka-penyesuaian", (Guid id, HttpContext http, IDocumentSession s, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan(id, http, s, u, j, null, (skp, _) => Task.FromResult(skp.BukaPenyesuaian()), penyesuaian: true, ct));
        return app;
    }

    private static async Task<IResult> Buat(BuatSkp body, IDocumentSession session, CurrentUser user, Jendela jendela,
        KinerjaMetrics metrics, CancellationToken ct)
    {
        var validasi = new Validasi();
        var tahun = validasi.Wajib("tahun", body.Tahun);
        if (body.Tahun is < 2024 or > 2100)
        {
            validasi.Tambah("tahun", "Tahun periode antara 2024 dan 2100.");
        }

        validasi.LemparJikaAda();
        var pegawai = await session.LoadAsync<PegawaiLokal>(user.Nip, ct)
            ?? throw new KonflikException("Data Anda belum padan antara Dapodik, SI-ASN dan Dukcapil; SKP dapat dibuat setelah data padan.");
        jendela.Wajib("perencanaan", jendela.Perencanaan(tahun));
        if (await session.LoadAsync<SkpPerPeriode>($"{user.Nip}:{tahun}", ct) is { } ada)
        {
            throw new KonflikException($"SKP periode {tahun} sudah ada: /api/perencanaan/skp/{ada.SkpId}");
        }

        var kepala = await session.LoadAsync<KepalaSekolahLokal>(pegawai.Npsn, ct);
        var id = Guid.NewGuid();
        var peran = kepala?.Nip == user.Nip ? PeranPemilik.KepalaSekolah : PeranPemilik.Guru;
        session.Events.StartStream<Skp>(id, new SkpDibuat(id, user.Nip, tahun, pegawai.Npsn, pegawai.Wilayah, peran));
        // inserted, not stored: two creates racing for one period collide here and the second gets 409
        session.Insert(new SkpPerPeriode($"{user.Nip}:{tahun}", id));
        await session.SaveChangesAsync(ct);
        metrics.Perintah("buat-skp", "ok");
        return Results.Created($"/api/perencanaan/skp/{id}", await session.LoadAsync<Skp>(id, ct));
    }

    private static async Task<IResult> Baca(Guid id, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var skp = await BolehBacaAsync(id, session, user, ct);
        ETag.Set(response, skp.Version);
        return Results.Ok(skp);
    }

    private static async Task<IResult> Riwayat(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        await BolehBacaAsync(id, session, user, ct);
        return Results.Ok(await session.RiwayatAsync(id, ct));
    }

    private static async Task<Skp> BolehBacaAsync(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var skp = await session.LoadAsync<Skp>(id, ct);
        if (skp is null || (await PelakuAsync(skp, user, session, ct) is null && !user.MayOperateIn(skp.Wilayah)))
        {
            throw new TidakDitemukanException();
        }

        return skp;
    }

    /// <summary>The caller's relation to the plan, or null: then they may at most read it as operator.</summary>
    public static async Task<Pelaku?> PelakuAsync(Skp skp, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        if (user.Nip == skp.Nip)
        {
            return Pelaku.Pemilik;
        }

        return await Penilai.AdalahAsync(user, skp.Nip, skp.Peran == PeranPemilik.KepalaSekolah, skp.Npsn, skp.Wilayah, session, ct)
            ? Pelaku.Penilai
            : null;
    }

    private static Task<IResult> Ubah(Guid id, HttpContext http, IDocumentSession session, CurrentUser user, Jendela jendela,
        Func<Skp, Pelaku, object> bagian, CancellationToken ct) =>
        Jalankan(id, http, session, user, jendela, null, (skp, _) => Task.FromResult<IReadOnlyList<object>>([]), penyesuaian: false, ct, bagian);

    /// <summary>
    /// Every write: load at the caller's version, check who and when, let the plan decide, append.
    /// <paramref name="hanya"/> restricts the command to the owner or to the rater.
    /// </summary>
    private static async Task<IResult> Jalankan(Guid id, HttpContext http, IDocumentSession session, CurrentUser user, Jendela jendela,
        Pelaku? hanya, Func<Skp, CancellationToken, Task<IReadOnlyList<object>>> putuskan, bool penyesuaian, CancellationToken ct,
        Func<Skp, Pelaku, object>? bagian = null)
    {
        var stream = await session.FetchForWritingAsync<Skp>(id, http.Request, ct);
        var skp = stream.Aggregate;
        var pelaku = skp is null ? null : await PelakuAsync(skp, user, session, ct);
        if (skp is null || pelaku is null)
        {
            throw new TidakDitemukanException();
        }

        if (hanya is { } wajib && pelaku != wajib)
        {
            throw new TerlarangException(wajib == Pelaku.Penilai
                ? "Hanya penilai (kepala sekolah saat ini, atau penilai-ks untuk SKP kepala sekolah) yang dapat melakukan ini."
                : "Hanya pemilik SKP yang dapat mengajukannya.");
        }

        var events = bagian is null ? null : skp.UbahBagian(pelaku.Value, bagian(skp, pelaku.Value));
        if (penyesuaian)
        {
            jendela.Wajib("penyesuaian", jendela.Penyesuaian(skp.Tahun));
        }
        else if (!(jendela.DalamPerencanaan(skp.Tahun) || (skp.Penyesuaian && jendela.DalamPenyesuaian(skp.Tahun))))
        {
            jendela.Wajib(skp.Penyesuaian ? "penyesuaian" : "perencanaan", skp.Penyesuaian ? jendela.Penyesuaian(skp.Tahun) : jendela.Perencanaan(skp.Tahun));
        }

        stream.AppendMany(events ?? await putuskan(skp, ct));
        await session.SaveChangesAsync(ct);
        var kini = await session.LoadAsync<Skp>(id, ct) ?? throw new InvalidOperationException($"SKP {id} vanished after it was saved.");
        ETag.Set(http.Response, kini.Version);
        return Results.Ok(kini);
    }
}
