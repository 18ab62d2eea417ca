namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;

/// <summary>The assessment's routes: reads (<see cref="Bacaan"/>), then each command from its own file.</summary>
public static class PenilaianApi
{
    public static IEndpointRouteBuilder MapPenilaianApi(this IEndpointRouteBuilder app)
    {
        var penilaian = app.MapGroup("/api/penilaian").WithTags("Penilaian").MapBacaan<Penilaian>(p => p.Milik(), AksiPenilaian.UntukAsync);
        Nilai.Map(penilaian);
        Tetapkan.Map(penilaian);
        Koreksi.Map(penilaian);
        BacaHasil.Map(penilaian);
        return app;
    }
}
