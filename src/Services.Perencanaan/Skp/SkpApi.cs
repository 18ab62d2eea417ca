namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.OpenApi;

/// <summary>The SKP plan's routes: reads (<see cref="Bacaan"/>), then each command from its own file.</summary>
public static class SkpApi
{
    public static IEndpointRouteBuilder MapSkpApi(this IEndpointRouteBuilder app)
    {
        var skp = app.MapGroup("/api/perencanaan/skp").WithTags("SKP").MapBacaan<Skp>(s => s.Milik(), AksiSkp.UntukAsync);
        Buat.Map(skp);
        // every other command answers the plan as it now is, with its ETag
        var perintah = skp.MapGroup("").Perintah<Skp>();
        UbahBagian.Map(perintah);
        Ajukan.Map(perintah);
        Setujui.Map(perintah);
        Kembalikan.Map(perintah);
        BukaPenyesuaian.Map(perintah);
        Baca.Map(perintah);
        return app;
    }
}
