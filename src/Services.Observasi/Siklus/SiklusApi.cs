namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;

/// <summary>The cycle's routes: reads (<see cref="Bacaan"/>), then each step from its own file.</summary>
public static class SiklusApi
{
    public static IEndpointRouteBuilder MapSiklusApi(this IEndpointRouteBuilder app)
    {
        var siklus = app.MapGroup("/api/observasi/siklus").WithTags("Siklus").MapBacaan<Siklus>(s => s.Milik(), AksiSiklus.UntukAsync);
        Persiapan.Map(siklus);
        KonfirmasiJadwal.Map(siklus);
        UbahJadwal.Map(siklus);
        Observasikan.Map(siklus);
        DiskusiTindakLanjut.Map(siklus);
        UpayaTindakLanjut.Map(siklus);
        Refleksi.Map(siklus);
        KonfirmasiRefleksi.Map(siklus);
        BacaCatatan.Map(siklus);
        return app;
    }
}
