namespace Kinerja.Web.Components.UI;

/// <summary>
/// A form as it is posted (<c>[SupplyParameterFromForm]</c>), carrying the version the page was drawn from
/// (<c>If-Match</c>), so a write over someone else's change is refused rather than lost. Forms with fields derive from it.
/// </summary>
public class IsianVersi
{
    public string? Versi { get; set; }
}
