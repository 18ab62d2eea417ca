namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;

/// <summary>The SKP plan's routes: reads (<see cref="Bacaan"/>), then each command from its own file.</summary>
public static class SkpApi
{
    public static IEndpointRouteBuilder MapSkpApi(this IEndpointRouteBuilder app)
    {
        var skp = app.MapGroup("/api/perencanaan/skp").WithTags("SKP").MapBacaan<Skp>(s => s.Milik(), AksiSkp.UntukAsync);
        Buat.Map(skp);
        UbahBagian.Map(skp);
        Ajukan.Map(skp);
        Setujui.Map(skp);
        Kembalikan.Map(skp);
        BukaPenyesuaian.Map(skp);
        Baca.Map(skp);
        return app;
    }
}
