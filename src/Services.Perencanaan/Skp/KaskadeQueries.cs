namespace Kinerja.Perencanaan.Skp;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>A principal's plan whose RHK a teacher may name, as the teacher's plan offers it.</summary>
public sealed record RencanaAtasan(Guid SkpId, StatusSkp Status, IReadOnlyList<RencanaHasilKerja> HasilKerja);

public sealed record RhkAtasanTersedia(bool Wajib, string Keadaan, IReadOnlyList<RencanaAtasan> Rencana);

/// <summary>A teacher's RHK that intervenes one of the principal's.</summary>
public sealed record RhkGuru(Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, StatusSkp Status, string Kode, string Indikator, string Target);

public sealed record IntervensiRhk(string Kode, string Indikator, string Target, IReadOnlyList<RhkGuru> Guru);

/// <summary>Both sides of the cascade (<see cref="KaskadeRhk"/>): what a teacher's plan may name, and what names a principal's.</summary>
public static class KaskadeQueries
{
    public static IEndpointRouteBuilder MapKaskadeQueries(this IEndpointRouteBuilder app)
    {
        var skp = app.MapGroup("/api/perencanaan/skp").WithTags("SKP");
        skp.MapGet("/{id:guid}/rhk-atasan", RhkAtasan).Produces<RhkAtasanTersedia>().WithSummary("The principal's RHK a teacher's plan may name, with the principal's plan's state");
        skp.MapGet("/{id:guid}/intervensi", Intervensi).Produces<IReadOnlyList<IntervensiRhk>>().WithSummary("Per RHK of a principal's plan, the teachers' RHK that intervene it");
        return app;
    }

    private static async Task<IResult> RhkAtasan(Guid id, IQuerySession session, CurrentUser user, AturanKaskade aturan, CancellationToken ct)
    {
        var skp = await Bacaan.BolehBacaAsync<Skp>(id, s => s.Milik(), session, user, ct);
        if (skp.Peran == PeranPemilik.KepalaSekolah)
        {
            throw new KonflikException("SKP kepala sekolah tidak merujuk RHK lain: penilainya berada di luar sistem ini.");
        }

        var rencana = await KaskadeRhk.RencanaKepalaAsync(skp, session, ct);
        var kepala = (await session.LoadAsync<KepalaSekolahLokal>(skp.Npsn, ct))?.Pada(user.HariIni);
        return Results.Ok(new RhkAtasanTersedia(KaskadeRhk.Wajib(aturan, kepala, rencana), KaskadeRhk.Keadaan(skp.Tahun, rencana, kepala),
            rencana.Select(s => new RencanaAtasan(s.Id, s.Status, s.HasilKerja)).ToList()));
    }

    private static async Task<IResult> Intervensi(Guid id, IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var atasan = await Bacaan.BolehBacaAsync<Skp>(id, s => s.Milik(), session, user, ct);
        if (atasan.Peran != PeranPemilik.KepalaSekolah)
        {
            throw new KonflikException("Hanya RHK kepala sekolah yang diintervensi RHK guru.");
        }

        var (npsn, tahun) = (atasan.Npsn, atasan.Tahun);
        var guru = await session.Query<Skp>().Where(s => s.Npsn == npsn && s.Tahun == tahun && s.Peran == PeranPemilik.Guru).ToListAsync(ct);
        var merujuk = guru.SelectMany(s => s.HasilKerja.Where(r => r.Intervensi?.SkpId == id)
                .Select(r => (r.Intervensi!.Kode, Rhk: new RhkGuru(s.Id, s.PegawaiId, s.Status, r.Kode, r.Indikator, r.Target))))
            .ToLookup(x => x.Kode, x => x.Rhk);
        return Results.Ok(atasan.HasilKerja
            .Select(r => new IntervensiRhk(r.Kode, r.Indikator, r.Target, merujuk[r.Kode].OrderBy(g => g.PegawaiId, StringComparer.Ordinal).ToList()))
            .ToList());
    }
}
