namespace Kinerja.Perencanaan.Katalog;

/// <summary>A catalog split by who writes the plan: a teacher's entries and a principal's.</summary>
public sealed record PerPeran<T>(IReadOnlyList<T> Guru, IReadOnlyList<T> KepalaSekolah);

/// <summary>Everything a plan is written from (domain.md §4). <c>TugasPokok</c> is the teacher's, as it always was; a principal's duties are beside it (additive).</summary>
public sealed record KatalogDto(IReadOnlyList<Butir> TugasPokok, IReadOnlyList<Butir> TugasPokokKepalaSekolah, PerPeran<SubIndikator> PraktikKinerja,
    IReadOnlyList<Kelompok> Kompetensi, IReadOnlyList<Kelompok> PerilakuKerja, PerPeran<Butir> RencanaHasilKerja,
    IReadOnlyList<Butir> KegiatanPengembanganKompetensi, IReadOnlyList<Butir> AspekHasilKerja, IReadOnlyList<Butir> PerspektifHasilKerja);

/// <summary><c>GET /api/perencanaan/katalog</c>: everything a plan is written from, for any signed-in user.</summary>
public static class KatalogApi
{
    private static readonly KatalogDto Katalog = new(KatalogData.TugasPokokGuru, KatalogData.TugasPokokKepalaSekolah,
        new(KatalogData.PraktikKinerjaGuru, KatalogData.PraktikKinerjaKepalaSekolah), KatalogData.Kompetensi, KatalogData.PerilakuKerja,
        new(KatalogData.RencanaHasilKerjaGuru, KatalogData.RencanaHasilKerjaKepalaSekolah), KatalogData.KegiatanPengembanganKompetensi,
        KatalogData.AspekHasilKerja, KatalogData.PerspektifHasilKerja);

    public static IEndpointRouteBuilder MapKatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/perencanaan/katalog", () => TypedResults.Ok(Katalog))
            .WithTags("Katalog").WithSummary("The reference data plans are written from (domain.md §4)");
        return app;
    }
}
