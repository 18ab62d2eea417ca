namespace Kinerja.ServiceDefaults.Auth;

/// <summary>The roles of domain.md §1, exactly as they appear in the token's <c>role</c> claim.</summary>
public static class Peran
{
    public const string Guru = "guru";
    public const string KepalaSekolah = "kepala-sekolah";
    public const string PenilaiKs = "penilai-ks";
    public const string OperatorDinas = "operator-dinas";
    public const string Admin = "admin";

    /// <summary>
    /// Not a person: a regional system (BKD, Dinas) with a machine identity of its region (a client-credentials token with
    /// <c>wilayah</c>), which reads that region's feeds and exports and nothing else (docs/integrasi.md).
    /// </summary>
    public const string SistemRegional = "sistem-regional";

    public static readonly IReadOnlySet<string> Semua =
        new HashSet<string>([Guru, KepalaSekolah, PenilaiKs, OperatorDinas, Admin, SistemRegional], StringComparer.Ordinal);
}

/// <summary>Names of the authorisation policies every service knows.</summary>
public static class Kebijakan
{
    /// <summary>Regional data work: an operator-dinas (object checks narrow it to their wilayah) or an admin.</summary>
    public const string Operator = "operator";

    /// <summary>A region's feeds and exports: an operator-dinas, a regional system's machine identity, or an admin; each checks the wilayah.</summary>
    public const string Regional = "regional";

    /// <summary>National administration only (the PDP access log).</summary>
    public const string Admin = "admin";
}
