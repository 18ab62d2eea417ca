namespace Kinerja.Perencanaan.Ekspor;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Katalog;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Ekspor;
using Kinerja.ServiceDefaults.Persistence;
using Marten;
using Npgsql;
using IdPegawai = Kinerja.Contracts.IdPegawai;

/// <summary>The RHK of a principal's plan a teacher's RHK intervenes, as e-Kinerja links an SKP to its superior's.</summary>
public sealed record IntervensiEKinerja(string NipAtasan, string Kode, string Rhk);

public sealed record RhkEKinerja(int Urutan, string Kode, string Rhk, string Indikator, string Target, string? Aspek, string? Perspektif,
    IntervensiEKinerja? Intervensi);

/// <summary>One agreed SKP for BKN's e-Kinerja (docs/e-kinerja.md has the mapping).</summary>
/// <param name="Posisi">The event store position of the agreement: resume after the last one sent.</param>
public sealed record SkpEKinerja(long Posisi, string Nip, int Tahun, string Peran, string Npsn, string PenilaiNip, DateTimeOffset DisepakatiPada,
    IReadOnlyList<RhkEKinerja> HasilKerja);

public sealed record HalamanSkpEKinerja(IReadOnlyList<SkpEKinerja> Items, long Berikutnya);

/// <summary>
/// <c>GET /api/perencanaan/ekspor/e-kinerja?wilayah=&amp;tahun=&amp;setelah=&amp;batas=&amp;format=</c>: every agreement of
/// an ASN's plan in the wilayah and year, in the event store's order, resumable from the last <c>posisi</c> sent (as the
/// predikat feed is), so no plan is sent twice. A plan agreed again after the July adjustment is a new record. Only an
/// operator-dinas of the wilayah, or an admin. Agreements from before 2026-12 carry no RHK and no wilayah, and are not listed.
/// </summary>
public static class EksporSkp
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IEndpointRouteBuilder MapEksporSkp(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/perencanaan/ekspor/e-kinerja", Ekspor).Produces<HalamanSkpEKinerja>().Produces<string>(StatusCodes.Status200OK, "text/csv").WithTags("Regional").RequireAuthorization(Kebijakan.Regional)
            .WithSummary("Agreed SKP of ASN of a wilayah and year for BKN e-Kinerja, resumable (JSON, or CSV with format=csv)");
        return app;
    }

    private static async Task<IResult> Ekspor(string? wilayah, int? tahun, long? setelah, int? batas, string? format, NpgsqlDataSource database,
        IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        EventWilayah.WajibBoleh(user, wilayah, tahun);
        // a whole year for a download; pages of at most 5,000 for a system resuming from a position
        var paling = setelah is null && batas is null ? int.MaxValue : Math.Clamp(batas ?? 500, 1, 5000);
        var urut = await EventWilayah.BacaAsync(database, "skp_disepakati", wilayah!, tahun!.Value, setelah ?? 0, paling, ct);
        var disepakati = urut.Select(e => (e.Posisi, e.Waktu, Skp: JsonSerializer.Deserialize<SkpDisepakati>(e.Data, Json)!)).ToList();
        var atasan = await AtasanAsync(disepakati.SelectMany(d => d.Skp.HasilKerja ?? []), session, ct);
        // BKN's e-Kinerja is for ASN only
        var items = disepakati
            .Where(d => d.Skp.StatusKepegawaian != IdPegawai.StatusNonAsn && IdPegawai.NipDari(d.Skp.PegawaiId, d.Skp.NipAsn) is not null)
            .Select(d => Rekaman(d.Posisi, d.Waktu, d.Skp, atasan))
            .ToList();
        var berikutnya = urut.Count > 0 ? urut[^1].Posisi : setelah ?? 0;
        return format == "csv"
            ? Results.Text(Csv(items), "text/csv; charset=utf-8", Encoding.UTF8)
            : Results.Ok(new HalamanSkpEKinerja(items, berikutnya));
    }

    /// <summary>Whose plan each intervened RHK is in: the principal's NIP, which e-Kinerja links by.</summary>
    private static async Task<IReadOnlyDictionary<Guid, string>> AtasanAsync(IEnumerable<RencanaHasilKerja> rhk, IQuerySession session, CancellationToken ct)
    {
        var id = rhk.Select(r => r.Intervensi?.SkpId).OfType<Guid>().Distinct().ToArray();
        return id.Length == 0 ? new Dictionary<Guid, string>() : (await session.LoadManyAsync<Skp>(ct, id)).ToDictionary(s => s.Id, s => s.PegawaiId);
    }

    public static SkpEKinerja Rekaman(long posisi, DateTimeOffset waktu, SkpDisepakati s, IReadOnlyDictionary<Guid, string> atasan)
    {
        var daftar = s.Peran == PeranPemilik.KepalaSekolah ? KatalogData.RencanaHasilKerjaKepalaSekolah : KatalogData.RencanaHasilKerjaGuru;
        string Nama(IReadOnlyList<Butir> katalog, string kode) => katalog.FirstOrDefault(b => b.Kode == kode)?.Teks ?? kode;
        var rhk = (s.HasilKerja ?? []).Select((r, i) => new RhkEKinerja(i + 1, r.Kode, Nama(daftar, r.Kode), r.Indikator, r.Target, r.Aspek, r.Perspektif,
            r.Intervensi is { } iv && atasan.TryGetValue(iv.SkpId, out var nip)
                ? new IntervensiEKinerja(nip, iv.Kode, Nama(KatalogData.RencanaHasilKerjaKepalaSekolah, iv.Kode))
                : null)).ToList();
        return new SkpEKinerja(posisi, IdPegawai.NipDari(s.PegawaiId, s.NipAsn)!, s.Tahun, s.Peran == PeranPemilik.KepalaSekolah ? "kepala-sekolah" : "guru",
            s.Npsn, s.PenilaiId, waktu, rhk);
    }

    /// <summary>One row per RHK (the plan's fields repeated): what a spreadsheet and BKN's upload read.</summary>
    public static string Csv(IEnumerable<SkpEKinerja> rekaman)
    {
        var csv = new StringBuilder("posisi,nip,tahun,peran,npsn,penilai_nip,disepakati_pada,rhk_ke,kode_rhk,rhk,indikator,target,aspek,perspektif,"
                                    + "intervensi_nip_atasan,intervensi_kode_rhk,intervensi_rhk\n");
        foreach (var s in rekaman)
        {
            foreach (var r in s.HasilKerja)
            {
                csv.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Posisi},{SelCsv.Aman(s.Nip)},{s.Tahun},{s.Peran},{SelCsv.Aman(s.Npsn)},{SelCsv.Aman(s.PenilaiNip)},{s.DisepakatiPada:O},{r.Urutan},"
                    + $"{SelCsv.Aman(r.Kode)},{SelCsv.Aman(r.Rhk)},{SelCsv.Aman(r.Indikator)},{SelCsv.Aman(r.Target)},{SelCsv.Aman(r.Aspek)},"
                    + $"{SelCsv.Aman(r.Perspektif)},{SelCsv.Aman(r.Intervensi?.NipAtasan)},{SelCsv.Aman(r.Intervensi?.Kode)},{SelCsv.Aman(r.Intervensi?.Rhk)}"));
            }
        }

        return csv.ToString();
    }
}
