using Kinerja.Kepegawaian.Sekolah;
using Aggregate = Kinerja.Penilaian.Predikat.Penilaian;

namespace Kinerja.Penilaian.Predikat;

/// <summary>The assessment's routes: reads (<see cref="Bacaan"/>), then each command from its own file.</summary>
public static class PenilaianApi
{
    public static IEndpointRouteBuilder MapPenilaianApi(this IEndpointRouteBuilder app)
    {
        var penilaian = app.MapGroup("/api/penilaian").WithTags("Penilaian").MapBacaan<Aggregate>(p => p.Milik());
        Nilai.Map(penilaian);
        Tetapkan.Map(penilaian);
        Koreksi.Map(penilaian);
        return app;
    }
}
