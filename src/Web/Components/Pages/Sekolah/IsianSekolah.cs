namespace Kinerja.Web.Components.Pages.Sekolah;

using System.Globalization;
using Kinerja.Klien;

/// <summary>A school as the operator registers or renames it (<c>[SupplyParameterFromForm]</c>).</summary>
public sealed class IsianSekolah
{
    public string? Npsn { get; set; }

    public string? Nama { get; set; }
}

/// <summary>Who heads the school from when, as the operator types it.</summary>
public sealed class IsianKepala
{
    public string? Nip { get; set; }

    public bool Plt { get; set; }

    /// <summary>A <c>date</c> input's value (yyyy-MM-dd); today when empty.</summary>
    public string? BerlakuSejak { get; set; }

    public TugaskanKepala Permintaan() =>
        new(Nip?.Trim(), Plt, DateOnly.TryParse(BerlakuSejak, CultureInfo.InvariantCulture, out var d) ? d : null);
}

/// <summary>Which penilai-ks rates the school's principal from when, as the operator types it.</summary>
public sealed class IsianPenilai
{
    public string? Nip { get; set; }

    /// <summary>A <c>date</c> input's value (yyyy-MM-dd); today when empty.</summary>
    public string? BerlakuSejak { get; set; }

    public TugaskanPenilai Permintaan() =>
        new(Nip?.Trim(), DateOnly.TryParse(BerlakuSejak, CultureInfo.InvariantCulture, out var d) ? d : null);
}
