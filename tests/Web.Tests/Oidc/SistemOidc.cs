namespace Kinerja.Web.Tests.Oidc;

using Kinerja.Demo;
using Kinerja.Testing;

/// <summary>
/// The system as production runs it with a region's SSO: no Development picker, no development key.
/// Web signs people in with OpenID Connect at <see cref="PenyediaOidc"/>, and the gateway and services
/// accept only that provider's tokens (<c>Auth__Authority</c>, the same setting for every process).
/// </summary>
public sealed class SistemOidc(Infrastructure infra) : SistemWeb(infra)
{
    private const string SandiUji = "sandi-uji-yang-panjang";

    public PenyediaOidc Penyedia { get; private set; } = default!;

    protected override string Lingkungan => "Production";

    protected override IDictionary<string, string> Env => new Dictionary<string, string>(DataDemo.EnvLayanan)
    {
        ["Auth__Authority"] = Penyedia.Url,
        ["Auth__Audience"] = PenyediaOidc.Audience,
        // the provider runs on this machine over plain HTTP; a real SSO is HTTPS and keeps the default
        ["Auth__RequireHttpsMetadata"] = "false",
        ["Auth__ClientId"] = PenyediaOidc.ClientId,
        ["Auth__ClientSecret"] = PenyediaOidc.ClientSecret,
        ["Gateway__Hosts"] = "127.0.0.1",
    };

    /// <summary>The operator's and teachers' API calls carry the provider's tokens too: there is no other kind here.</summary>
    public override KlienDemo Api => new(System.GatewayUrl, (nip, peran, npsn, wilayah, _) =>
    {
        Penyedia.Tambah(new PenyediaOidc.Akun(nip, SandiUji, nip, peran, npsn, wilayah));
        return Penyedia.TokenAsync(nip);
    });

    public override async ValueTask InitializeAsync()
    {
        Penyedia = await PenyediaOidc.StartAsync();
        await base.InitializeAsync();
        await Penyedia.DaftarkanWebAsync(Url);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Penyedia is not null)
        {
            await Penyedia.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
