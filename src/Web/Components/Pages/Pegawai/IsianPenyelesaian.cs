namespace Kinerja.Web.Components.Pages.Pegawai;

/// <summary>
/// How an operator resolves one disparitas (<c>[SupplyParameterFromForm]</c>): which, the right value (one of the
/// sources' values picked, or another typed), and why.
/// </summary>
public sealed class IsianPenyelesaian
{
    /// <summary>The choice that stands for a value none of the sources holds.</summary>
    public const string Lainnya = "lainnya";

    public string? Kode { get; set; }

    /// <summary>The source whose value is right (<c>dapodik</c>, <c>siasn</c>, <c>dukcapil</c>), or <see cref="Lainnya"/>.</summary>
    public string? Pilihan { get; set; }

    /// <summary>The value typed: for <see cref="Lainnya"/>, or where the sources offer nothing to pick.</summary>
    public string? Nilai { get; set; }

    public string? Alasan { get; set; }

    /// <summary>The value to send: the picked source's, else what was typed; null when neither (the service names the field).</summary>
    public string? NilaiDipilih(IReadOnlyDictionary<string, string>? nilaiSumber) =>
        Pilihan is { } p && p != Lainnya && nilaiSumber?.TryGetValue(p, out var v) == true ? v
        : string.IsNullOrWhiteSpace(Nilai) ? null : Nilai.Trim();
}
