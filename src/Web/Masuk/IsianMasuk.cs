namespace Kinerja.Web.Masuk;

/// <summary>The development sign-in, as posted (<c>[SupplyParameterFromForm]</c>): a demo person's NIP, or a free identity.</summary>
public sealed class IsianMasuk
{
    public string? Nip { get; set; }

    public string? Peran { get; set; }

    public string? Npsn { get; set; }

    public string? Wilayah { get; set; }
}
