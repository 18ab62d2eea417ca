namespace Kinerja.EndToEnd.Tests;

using Kinerja.Testing;

/// <summary>The system with the planning window open all year, as docs/api.md says to walk it, and the RHK cascade enforced as in production.</summary>
public class SistemTerbuka(Infrastructure infra) : SistemBerjalan(infra)
{
    protected override bool KaskadeRhkWajib => true;

    protected override IDictionary<string, string> Env => new Dictionary<string, string>
    {
        ["Periode__Perencanaan__Mulai"] = "01-01",
        ["Periode__Perencanaan__Selesai"] = "12-31",
    };
}
