namespace Kinerja.Web.Components.Pages.Hasil;

/// <summary>
/// The rating's forms as they are posted (<c>[SupplyParameterFromForm]</c>): two ratings and a text (the feedback when
/// rating, the reason when correcting), with the version the page was drawn from; <i>Tetapkan</i> posts the version alone.
/// </summary>
public sealed class IsianRating
{
    public string? Versi { get; set; }

    public string? HasilKerja { get; set; }

    public string? PerilakuKerja { get; set; }

    public string? UmpanBalik { get; set; }

    public string? Alasan { get; set; }
}
