namespace Kinerja.ServiceDefaults.Auth;

/// <summary>The roles of domain.md §1, exactly as they appear in the token's <c>role</c> claim.</summary>
public static class Peran
{
    public const string Guru = "guru";
    public const string KepalaSekolah = "kepala-sekolah";
    public const string PenilaiKs = "penilai-ks";
    public const string OperatorDinas = "operator-dinas";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> Semua =
        new HashSet<string>([Guru, KepalaSekolah, PenilaiKs, OperatorDinas, Admin], StringComparer.Ordinal);
}

/// <summary>Names of the authorisation policies every service knows.</summary>
public static class Kebijakan
{
    /// <summary>Regional data work: an operator-dinas (object checks narrow it to their wilayah) or an admin.</summary>
    public const string Operator = "operator";

    /// <summary>National administration only (the PDP access log).</summary>
    public const string Admin = "admin";
}
