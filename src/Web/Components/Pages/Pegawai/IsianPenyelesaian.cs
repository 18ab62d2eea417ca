namespace Kinerja.Web.Components.Pages.Pegawai;

/// <summary>How an operator resolves one disparitas (<c>[SupplyParameterFromForm]</c>): which, the right value, and why.</summary>
public sealed class IsianPenyelesaian
{
    public string? Kode { get; set; }

    public string? Nilai { get; set; }

    public string? Alasan { get; set; }
}
