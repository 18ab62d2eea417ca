namespace Kinerja.Perencanaan.Katalog;

/// <summary><c>GET /api/perencanaan/katalog</c>: everything a plan is written from, for any signed-in user.</summary>
public static class KatalogApi
{
    public static IEndpointRouteBuilder MapKatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/perencanaan/katalog", () => Results.Ok(new
        {
            // the teacher's, as it always was; a principal's duties alongside (additive)
            TugasPokok = KatalogData.TugasPokokGuru,
            KatalogData.TugasPokokKepalaSekolah,
            PraktikKinerja = new { Guru = KatalogData.PraktikKinerjaGuru, KepalaSekolah = KatalogData.PraktikKinerjaKepalaSekolah },
            KatalogData.Kompetensi,
            KatalogData.PerilakuKerja,
            RencanaHasilKerja = new { Guru = KatalogData.RencanaHasilKerjaGuru, KepalaSekolah = KatalogData.RencanaHasilKerjaKepalaSekolah },
            KatalogData.KegiatanPengembanganKompetensi,
            KatalogData.AspekHasilKerja,
            KatalogData.PerspektifHasilKerja,
        })).WithTags("Katalog").WithSummary("The reference data plans are written from (domain.md §4)");
        return app;
    }
}
