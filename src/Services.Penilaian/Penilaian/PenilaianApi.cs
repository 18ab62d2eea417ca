using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Pegawai;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Sekolah;
using Marten;
using Aggregate = Kinerja.Penilaian.Penilaian.Penilaian;

namespace Kinerja.Penilaian.Penilaian;

public sealed record IsiNilai(Rating? HasilKerja, Rating? PerilakuKerja, string? UmpanBalik);

public sealed record IsiKoreksi(Rating? HasilKerja, Rating? PerilakuKerja, string? Alasan);

/// <summary>The predikat and angka kredit that finalising would fix now (nothing is stored).</summary>
public sealed record PratinjauPredikat(Rating HasilKerja, Rating PerilakuKerja, PredikatKinerja Predikat, decimal AngkaKredit, decimal Koefisien, int Bulan);

/// <summary>
/// Rating and finalising. Who may: the current principal of the pegawai's school (for a principal's own
/// assessment, a penilai-ks of the wilayah) rates, finalises and corrects; the pegawai reads their own;
/// operators of the wilayah read. Anyone else: 404.
/// </summary>
public static class PenilaianApi
{
    public static IEndpointRouteBuilder MapPenilaianApi(this IEndpointRouteBuilder app)
    {
        var penilaian = app.MapGroup("/api/penilaian").WithTags("Penilaian");
        penilaian.MapGet("/{id:guid}", Baca);
        penilaian.MapGet("/{id:guid}/riwayat", Riwayat);
        penilaian.MapGet("/{id:guid}/pratinjau", Pratinjau)
            .WithSummary("The rater's preview: the predikat and angka kredit that tetapkan would fix now, from the same matrix; nothing is stored");
        penilaian.MapPost("/{id:guid}/nilai", (Guid id, IsiNilai body, HttpContext h, IDocumentSession s, CurrentUser u, CancellationToken ct) =>
        {
            var v = new Validasi();
            var hasil = v.Wajib("hasilKerja", body.HasilKerja);
            var perilaku = v.Wajib("perilakuKerja", body.PerilakuKerja);
            var umpanBalik = v.Teks("umpanBalik", body.UmpanBalik, 4000);
            v.LemparJikaAda();
            return Jalankan(id, h, s, u, (p, _) => p.BeriNilai(hasil, perilaku, umpanBalik, u.Nip), ct);
        }).WithSummary("Rate hasil kerja and perilaku kerja, with feedback (changeable until finalised)");
        penilaian.MapPost("/{id:guid}/tetapkan", (Guid id, HttpContext h, IDocumentSession s, CurrentUser u, IConfiguration c, TimeProvider jam, CancellationToken ct) =>
            Jalankan(id, h, s, u, (p, pegawai) => p.Tetapkan(pegawai.Nama, pegawai.Jenjang, Bulan(c, p.Tahun), u.Nip, jam.GetUtcNow()), ct))
            .WithSummary("Finalise: predikat from the matrix, angka kredit from the jenjang");
        penilaian.MapPost("/{id:guid}/koreksi", (Guid id, IsiKoreksi body, HttpContext h, IDocumentSession s, CurrentUser u, IConfiguration c, TimeProvider jam, CancellationToken ct) =>
        {
            var v = new Validasi();
            var hasil = v.Wajib("hasilKerja", body.HasilKerja);
            var perilaku = v.Wajib("perilakuKerja", body.PerilakuKerja);
            var alasan = v.Teks("alasan", body.Alasan, 2000);
            v.LemparJikaAda();
            return Jalankan(id, h, s, u, (p, pegawai) => p.Koreksi(hasil, perilaku, alasan, pegawai.Nama, pegawai.Jenjang, Bulan(c, p.Tahun), u.Nip, jam.GetUtcNow()), ct);
        }).WithSummary("Correct a finalised assessment (reason required); republished with koreksiKe + 1");
        return app;
    }

    /// <summary>Months in the period of a year: <c>Periode:Bulan:&lt;tahun&gt;</c>, 12 by default (2024 had six-month cycles).</summary>
    public static int Bulan(IConfiguration configuration, int tahun) => configuration.GetValue($"Periode:Bulan:{tahun}", 12);

    public static Task<bool> PenilaiAsync(Aggregate p, CurrentUser user, IQuerySession session, CancellationToken ct) =>
        Penilai.AdalahAsync(user, p.Nip, p.Peran == PeranPemilik.KepalaSekolah, p.Npsn, p.Wilayah, session, ct);

    private static async Task<Aggregate> BolehBacaAsync(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var p = await session.LoadAsync<Aggregate>(id, ct);
        if (p is null || !BolehLihat(p, user, await PenilaiAsync(p, user, session, ct)))
        {
            throw new TidakDitemukanException();
        }

        return p;
    }

    /// <summary>The pegawai themself, an operator of the wilayah, or the rater.</summary>
    private static bool BolehLihat(Aggregate p, CurrentUser user, bool penilai) =>
        penilai || p.Nip == user.Nip || user.MayOperateIn(p.Wilayah);

    private static async Task<IResult> Baca(Guid id, HttpResponse response, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var p = await BolehBacaAsync(id, session, user, ct);
        ETag.Set(response, p.Version);
        return Results.Ok(p);
    }

    private static async Task<IResult> Riwayat(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        await BolehBacaAsync(id, session, user, ct);
        return Results.Ok(await session.RiwayatAsync(id, ct));
    }

    private static async Task<IResult> Pratinjau(Guid id, IQuerySession session, CurrentUser user, IConfiguration configuration, TimeProvider jam,
        CancellationToken ct)
    {
        var p = await session.LoadAsync<Aggregate>(id, ct);
        var pegawai = await PegawaiUntukPenilaiAsync(p, session, user, ct);
        var h = p!.Pratinjau(pegawai.Nama, pegawai.Jenjang, Bulan(configuration, p.Tahun), user.Nip, jam.GetUtcNow());
        return Results.Ok(new PratinjauPredikat(h.HasilKerja, h.PerilakuKerja, h.Predikat, h.AngkaKredit, h.Koefisien, h.Bulan));
    }

    /// <summary>
    /// The rater's gate, for the writes and the preview alike: 404 for whoever may not see the assessment,
    /// 403 for one who may see it but does not rate; then the pegawai's name and jenjang the result needs.
    /// </summary>
    private static async Task<PegawaiLokal> PegawaiUntukPenilaiAsync(Aggregate? p, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var penilai = p is not null && await PenilaiAsync(p, user, session, ct);
        if (p is null || !BolehLihat(p, user, penilai))
        {
            throw new TidakDitemukanException();
        }

        if (!penilai)
        {
            throw new TerlarangException("Hanya penilai (kepala sekolah saat ini, atau penilai-ks untuk kepala sekolah) yang menilai.");
        }

        return await session.LoadAsync<PegawaiLokal>(p.Nip, ct)
            ?? throw new KonflikException($"Data pegawai {p.Nip} (nama, jenjang) belum diterima dari DataPegawai.");
    }

    private static async Task<IResult> Jalankan(Guid id, HttpContext http, IDocumentSession session, CurrentUser user,
        Func<Aggregate, PegawaiLokal, IReadOnlyList<object>> putuskan, CancellationToken ct)
    {
        var stream = await session.FetchForWritingAsync<Aggregate>(id, http.Request, ct);
        var pegawai = await PegawaiUntukPenilaiAsync(stream.Aggregate, session, user, ct);
        var p = stream.Aggregate!;
        stream.AppendMany(putuskan(p, pegawai));
        await session.SaveChangesAsync(ct);
        var kini = await session.LoadAsync<Aggregate>(id, ct) ?? throw new InvalidOperationException($"Assessment {id} vanished after it was saved.");
        ETag.Set(http.Response, kini.Version);
        return Results.Ok(kini);
    }
}
