namespace Kinerja.Penilaian.Feed;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Ekspor;
using Kinerja.ServiceDefaults.Problems;
using Marten;
using Npgsql;

public sealed record EntriPredikat(long Posisi, PredikatDitetapkan Predikat);

public sealed record HalamanFeed(IReadOnlyList<EntriPredikat> Items, long Berikutnya);

/// <summary>How far the feed of a wilayah and year is: its last position and how many entries it holds (finalisations and corrections).</summary>
public sealed record PosisiFeed(long Posisi, long Jumlah);

/// <summary>One cell of the predikat distribution: how many finalised pegawai of a school and jenjang got a predikat.</summary>
public sealed record BarisDistribusi(string Npsn, string? Jenjang, PredikatKinerja Predikat, long Jumlah);

/// <summary>
/// For regional systems: the ordered feed of every finalisation and correction of a wilayah and year
/// (resume with <c>setelah</c> = the last <c>posisi</c> seen), the e-Kinerja export, and the predikat
/// distribution. Only an operator-dinas of that wilayah, or an admin.
/// </summary>
public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/penilaian").WithTags("Regional").RequireAuthorization(Kebijakan.Operator);
        api.MapGet("/predikat", Feed).WithSummary("Finalised predikat of a wilayah in a stable order, resumable");
        api.MapGet("/ekspor/e-kinerja", Ekspor).WithSummary("One record per finalised pegawai for BKN e-Kinerja (JSON, or CSV with format=csv)");
        api.MapGet("/predikat/posisi", Posisi).WithSummary("The feed's last position and its number of entries");
        api.MapGet("/distribusi", Distribusi).WithSummary("How many pegawai of a wilayah got each predikat");
        api.MapGet("/distribusi/rinci", DistribusiRinci).WithSummary("The predikat distribution per school and jenjang");
        return app;
    }

    /// <summary>
    /// The feed's entries of a wilayah ($1) and year ($2): finalisations and corrections, in the event store's order,
    /// read only up to the daemon's high-water mark, so a transaction still committing below it is never skipped.
    /// </summary>
    private const string EntriFeed = """
        where type = 'predikat_ditetapkan'
          and seq_id <= coalesce((select last_seq_id from mt_event_progression where name = 'HighWaterMark'), 0)
          and data->>'wilayah' = $1 and (data->>'tahun')::int = $2
        """;

    private static void Wilayah(CurrentUser user, string? wilayah, int? tahun)
    {
        var v = new Validation();
        if (wilayah is null)
        {
            v.Add("wilayah", "Wajib diisi.");
        }

        v.Required("tahun", tahun);
        v.ThrowIfAny();
        if (!user.MayOperateIn(wilayah!))
        {
            throw new TidakDitemukanException();
        }
    }

    /// <summary>
    /// The event store's sequence is the order; reading only up to the daemon's high-water mark means a
    /// transaction still committing below it can never be skipped by a reader resuming after it.
    /// </summary>
    private static async Task<IResult> Feed(string? wilayah, int? tahun, long? setelah, int? batas, NpgsqlDataSource database, CurrentUser user, CancellationToken ct)
    {
        Wilayah(user, wilayah, tahun);
        var limit = Math.Clamp(batas ?? 500, 1, 5000);
        await using var command = database.CreateCommand($"select seq_id, data from mt_events {EntriFeed} and seq_id > $3 order by seq_id limit $4");
        command.Parameters.Add(new NpgsqlParameter { Value = wilayah! });
        command.Parameters.Add(new NpgsqlParameter { Value = tahun!.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = setelah ?? 0L });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var items = new List<EntriPredikat>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        while (await reader.ReadAsync(ct))
        {
            items.Add(new EntriPredikat(reader.GetInt64(0), JsonSerializer.Deserialize<PredikatDitetapkan>(reader.GetString(1), json)!));
        }

        return Results.Ok(new HalamanFeed(items, items.Count > 0 ? items[^1].Posisi : setelah ?? 0));
    }

    private static async Task<IResult> Posisi(string? wilayah, int? tahun, NpgsqlDataSource database, CurrentUser user, CancellationToken ct)
    {
        Wilayah(user, wilayah, tahun);
        await using var command = database.CreateCommand($"select coalesce(max(seq_id), 0), count(*) from mt_events {EntriFeed}");
        command.Parameters.Add(new NpgsqlParameter { Value = wilayah! });
        command.Parameters.Add(new NpgsqlParameter { Value = tahun!.Value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return Results.Ok(new PosisiFeed(reader.GetInt64(0), reader.GetInt64(1)));
    }

    private static async Task<IResult> Ekspor(string? wilayah, int? tahun, string? format, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        Wilayah(user, wilayah, tahun);
        var t = tahun!.Value;
        var daftar = await session.Query<Penilaian>()
            .Where(p => p.Wilayah == wilayah && p.Tahun == t && p.Status == StatusPenilaian.Ditetapkan)
            .OrderBy(p => p.PegawaiId).ToListAsync(ct);
        // BKN's e-Kinerja is for ASN only: a non-ASN teacher's predikat goes to the regional feed, not here
        var rekaman = daftar.Where(p => p.Hasil!.NipEKinerja is not null).Select(p => EKinerja.Dari(p.Hasil!)).ToList();
        return format == "csv" ? Results.Text(EKinerja.Csv(rekaman), "text/csv; charset=utf-8", Encoding.UTF8) : Results.Ok(rekaman);
    }

    private static async Task<IResult> Distribusi(string? wilayah, int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        Wilayah(user, wilayah, tahun);
        var t = tahun!.Value;
        var hasil = await session.Query<Penilaian>()
            .Where(p => p.Wilayah == wilayah && p.Tahun == t && p.Status == StatusPenilaian.Ditetapkan)
            .Select(p => p.Hasil!.Predikat).ToListAsync(ct);
        return Results.Ok(Enum.GetValues<PredikatKinerja>().ToDictionary(x => x.ToString(), x => hasil.Count(y => y == x)));
    }

    /// <summary>The jenjang is the one this service was told with the pegawai (DataPegawai's verified record); unknown stays null.</summary>
    private static async Task<IResult> DistribusiRinci(string? wilayah, int? tahun, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        Wilayah(user, wilayah, tahun);
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
public sealed record EKinerja(string Nip, int PeriodeAwalBulan, int PeriodeAwalTahun, int PeriodeAkhirBulan, int PeriodeAkhirTahun,
    string RatingHasilKerja, string RatingPerilakuKerja, string Predikat, int Kuadran, [property: JsonPropertyName("penilaiNip")] string PenilaiId, int KoreksiKe)
{
    public static EKinerja Dari(PredikatDitetapkan p) => new(p.NipEKinerja!, 1, p.Tahun, p.Bulan, p.Tahun,
        Rating(p.HasilKerja), Rating(p.PerilakuKerja), p.Predikat.ToString(), SelMatriks(p.HasilKerja, p.PerilakuKerja), p.PenilaiId, p.KoreksiKe);

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
        var csv = new StringBuilder("nip,periode_awal_bulan,periode_awal_tahun,periode_akhir_bulan,periode_akhir_tahun,rating_hasil_kerja,rating_perilaku_kerja,predikat,kuadran,penilai_nip,koreksi_ke\n");
        foreach (var r in rekaman)
        {
            csv.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{SelCsv.Aman(r.Nip)},{r.PeriodeAwalBulan},{r.PeriodeAwalTahun},{r.PeriodeAkhirBulan},{r.PeriodeAkhirTahun},{SelCsv.Aman(r.RatingHasilKerja)},{SelCsv.Aman(r.RatingPerilakuKerja)},{SelCsv.Aman(r.Predikat)},{r.Kuadran},{SelCsv.Aman(r.PenilaiId)},{r.KoreksiKe}"));
        }

        return csv.ToString();
    }
}
