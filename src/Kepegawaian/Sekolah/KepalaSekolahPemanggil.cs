namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Marten;
using Marten.Services.BatchQuerying;

/// <summary>
/// A principal's command nearly always acts on an object of the school their token names, and <see cref="Akses"/>
/// then reads who heads that school: loaded with the aggregate, it costs that command no round trip of its own
/// (the session's identity map for this type hands it to <see cref="Akses"/>). For an object of another school the check loads
/// its own, as before; the token's school only decides what is read early, never who may act.
/// </summary>
public sealed class KepalaSekolahPemanggil(CurrentUser user) : IBacaanAwal
{
    public bool Perlu => user.IsAuthenticated && user.Is(Peran.KepalaSekolah) && user.Npsn is not null;

    public void Antrekan(IDocumentSession session, IBatchedQuery batch)
    {
        session.UseIdentityMapFor<KepalaSekolahLokal>();
        _ = batch.Load<KepalaSekolahLokal>(user.Npsn!);
    }
}
