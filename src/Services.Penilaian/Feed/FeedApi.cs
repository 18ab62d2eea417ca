namespace Kinerja.Penilaian.Feed;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Ekspor;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Persistence;
using Marten;
using Npgsql;

/// <param name="EventId">The <c>eventId</c> of the <c>PredikatKinerjaDitetapkan</c> message published for this entry: a subscriber
/// that reads both the broker and this feed stores each once by it.</param>
public sealed record EntriPredikat(long Posisi, PredikatDitetapkan Predikat, Guid EventId);

public sealed record HalamanFeed(IReadOnlyList<EntriPredikat> Items, long Berikutnya);

/// <summary>
/// How far the feed of a wilayah and year is: its last position, how many entries it holds (finalisations and
/// corrections), and when the last one was finalised (null while it has none).
/// </summary>
public sealed record PosisiFeed(long Posisi, long Jumlah, DateTimeOffset? Terakhir);

/// <summary>One cell of the predikat distribution: how many finalised pegawai of a school and jenjang got a predikat.</summary>
public sealed record BarisDistribusi(string Npsn, string? Jenjang, PredikatKinerja Predikat, long Jumlah);

/// <summary>
/// For regional systems: the ordered feed of every finalisation and correction of a wilayah and year
/// (resume with <c>setelah</c> = the last <c>posisi</c> seen), the e-Kinerja export, and the predikat
/// distribution. Only an operator-dinas of that wilayah, the region's own system (<see cref="Peran.SistemRegional"/>), or an admin.
/// </summary>
public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/penilaian").WithTags("Regional").RequireAuthorization(Kebijakan.Regional);
        api.MapGet("/predikat", Feed).Produces<HalamanFeed>().WithSummary("Finalised predikat of a wilayah in a stable order, resumable");
        api.MapGet("/ekspor/e-kinerja", Ekspor).Produces<IReadOnlyList<EKinerja>>().Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("One record per finalised pegawai for BKN e-Kinerja (JSON, or CSV with format=csv)");
        api.MapGet("/predikat/posisi", Posisi).Produces<PosisiFeed>().WithSummary("The feed's last position and its number of entries");
        api.MapGet("/distribusi", Distribusi).Produces<Dictionary<string, int>>().WithSummary("How many pegawai of a wilayah got each predikat");
        api.MapGet("/distribusi/rinci", DistribusiRinci).Produces<IReadOnlyList<BarisDistribusi>>().WithSummary("The predikat distribution per school and jenjang");
        return app;
    }

    private const string Jenis = "predikat_ditetapkan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Every finalisation and correction in the event store's order (<see cref="EventWilayah"/>), resumed after <c>setelah</c>.</summary>
    private static async Task<IResult> Feed(string? wilayah, int? tahun, long? setelah, int? batas, NpgsqlDataSource database, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        var items = (await EventWilayah.BacaAsync(database, Jenis, wilayah!, tahun!.Value, setelah ?? 0, Math.Clamp(batas ?? 500, 1, 5000), ct))
            .Select(e => new EntriPredikat(e.Posisi, Baca(e), e.Id)).ToList();
        return Results.Ok(new HalamanFeed(items, items.Count > 0 ? items[^1].Posisi : setelah ?? 0));
    }

    private static PredikatDitetapkan Baca(EventTerurut e) => JsonSerializer.Deserialize<PredikatDitetapkan>(e.Data, Json)!;

    private static async Task<IResult> Posisi(string? wilayah, int? tahun, NpgsqlDataSource database, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        var (posisi, jumlah, terakhir) = await EventWilayah.PosisiAsync(database, Jenis, wilayah!, tahun!.Value, ct);
        return Results.Ok(new PosisiFeed(posisi, jumlah, terakhir));
    }

    /// <summary>
    /// Without <c>setelah</c>: one record per finalised ASN of the wilayah and year, with its latest values. With it: every
    /// finalisation and correction after that position, in order, each with its <c>posisi</c>, so a system that sends
    /// them on resumes from the last one it sent and never sends one twice.
    /// </summary>
    private static async Task<IResult> Ekspor(string? wilayah, int? tahun, string? format, long? setelah, int? batas, IQuerySession session,
        NpgsqlDataSource database, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        var t = tahun!.Value;
        IReadOnlyList<EKinerja> rekaman;
        if (setelah is { } posisi)
        {
            var urut = await EventWilayah.BacaAsync(database, Jenis, wilayah!, t, posisi, Math.Clamp(batas ?? 500, 1, 5000), ct);
            // BKN's e-Kinerja is for ASN only: a non-ASN teacher's predikat goes to the regional feed, not here
            rekaman = urut.Select(e => (e.Posisi, Hasil: Baca(e))).Where(e => e.Hasil.NipEKinerja is not null).Select(e => EKinerja.Dari(e.Hasil, e.Posisi)).ToList();
        }
        else
        {
            var daftar = await session.Query<Penilaian>()
                .Where(p => p.Wilayah == wilayah && p.Tahun == t && p.Status == StatusPenilaian.Ditetapkan)
                .OrderBy(p => p.PegawaiId).ToListAsync(ct);
            rekaman = daftar.Where(p => p.Hasil!.NipEKinerja is not null).Select(p => EKinerja.Dari(p.Hasil!)).ToList();
        }

        return format == "csv" ? Results.Text(EKinerja.Csv(rekaman), "text/csv; charset=utf-8", Encoding.UTF8) : Results.Ok(rekaman);
    }

    private static async Task<IResult> Distribusi(string? wilayah, int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        var t = tahun!.Value;
        var hasil = await session.Query<Penilaian>()
            .Where(p => p.Wilayah == wilayah && p.Tahun == t && p.Status == StatusPenilaian.Ditetapkan)
            .Select(p => p.Hasil!.Predikat).ToListAsync(ct);
        return Results.Ok(Enum.GetValues<PredikatKinerja>().ToDictionary(x => x.ToString(), x => hasil.Count(y => y == x)));
    }

    /// <summary>The jenjang is the one this service was told with the pegawai (DataPegawai's verified record); unknown stays null.</summary>
    private static async Task<IResult> DistribusiRinci(string? wilayah, int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        var t = tahun!.Value;
        var hasil = await session.Query<Penilaian>()
            .Where(p => p.Wilayah == wilayah && p.Tahun == t && p.Status == StatusPenilaian.Ditetapkan)
            .Select(p => new { p.PegawaiId, p.Npsn, p.Hasil }).ToListAsync(ct);
        var jenjang = (await session.Query<PegawaiLokal>().Where(p => p.Wilayah == wilayah).Select(p => new { p.Id, p.Jenjang }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.Jenjang, StringComparer.Ordinal);
        return Results.Ok(hasil.GroupBy(h => (h.Npsn, Jenjang: jenjang.GetValueOrDefault(h.PegawaiId), h.Hasil!.Predikat))
            .OrderBy(g => g.Key.Npsn, StringComparer.Ordinal).ThenBy(g => g.Key.Jenjang, StringComparer.Ordinal).ThenBy(g => g.Key.Predikat)
            .Select(g => new BarisDistribusi(g.Key.Npsn, g.Key.Jenjang, g.Key.Predikat, g.Count())).ToList());
    }
}

/// <summary>One record of BKN's periodic performance submission (docs/e-kinerja.md has the mapping).</summary>
/// <param name="AngkaKredit">The angka kredit of the year for the jenjang (ASN, domain.md §7), to three decimals.</param>
/// <param name="Posisi">In the resumable export (<c>setelah</c>): the event store position of this finalisation or correction.</param>
public sealed record EKinerja(string Nip, int PeriodeAwalBulan, int PeriodeAwalTahun, int PeriodeAkhirBulan, int PeriodeAkhirTahun,
    string RatingHasilKerja, string RatingPerilakuKerja, string Predikat, int Kuadran, [property: JsonPropertyName("penilaiNip")] string PenilaiId, int KoreksiKe,
    decimal? AngkaKredit = null, decimal? Koefisien = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Posisi = null)
{
    public static EKinerja Dari(PredikatDitetapkan p, long? posisi = null) => new(p.NipEKinerja!, 1, p.Tahun, p.Bulan, p.Tahun,
        Rating(p.HasilKerja), Rating(p.PerilakuKerja), p.Predikat.ToString(), SelMatriks(p.HasilKerja, p.PerilakuKerja), p.PenilaiId, p.KoreksiKe,
        p.AngkaKredit, p.Koefisien, posisi);

    /// <summary>e-Kinerja's wording of a rating.</summary>
    private static string Rating(Rating r) => r switch
    {
        Kinerja.Penilaian.Penilaian.Rating.DiAtasEkspektasi => "DIATAS_EKSPEKTASI",
        Kinerja.Penilaian.Penilaian.Rating.SesuaiEkspektasi => "SESUAI_EKSPEKTASI",
        _ => "DIBAWAH_EKSPEKTASI",
    };

    /// <summary>The cell of the 3×3 matrix, 1 (hasil kerja and perilaku above expectations) to 9 (both below), row by row.</summary>
    public static int SelMatriks(Rating hasil, Rating perilaku) => ((int)hasil * 3) + (int)perilaku + 1;

    public static string Csv(IEnumerable<EKinerja> rekaman)
    {
        var csv = new StringBuilder("nip,periode_awal_bulan,periode_awal_tahun,periode_akhir_bulan,periode_akhir_tahun,rating_hasil_kerja,rating_perilaku_kerja,predikat,kuadran,penilai_nip,koreksi_ke,angka_kredit,koefisien,posisi\n");
        foreach (var r in rekaman)
        {
            csv.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{SelCsv.Aman(r.Nip)},{r.PeriodeAwalBulan},{r.PeriodeAwalTahun},{r.PeriodeAkhirBulan},{r.PeriodeAkhirTahun},{SelCsv.Aman(r.RatingHasilKerja)},{SelCsv.Aman(r.RatingPerilakuKerja)},{SelCsv.Aman(r.Predikat)},{r.Kuadran},{SelCsv.Aman(r.PenilaiId)},{r.KoreksiKe},{r.AngkaKredit:0.000},{r.Koefisien:0.00},{r.Posisi}"));
        }

        return csv.ToString();
    }
}
