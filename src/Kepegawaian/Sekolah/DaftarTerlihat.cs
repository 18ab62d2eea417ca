namespace Kinerja.Kepegawaian.Sekolah;

using System.Linq.Expressions;
using Kinerja.ServiceDefaults.Auth;
using Marten;

/// <summary>Where an object of a pegawai says whose it is, for <see cref="DaftarTerlihat"/>.</summary>
public sealed record Kepemilikan<T>(
    Expression<Func<T, string>> PegawaiId,
    Expression<Func<T, string>> Npsn,
    Expression<Func<T, string>> Wilayah,
    Expression<Func<T, bool>> MilikKepalaSekolah);

/// <summary>
/// Who sees which plans, cycles and assessments in a list (domain.md §1), the one rule the three services
/// share: a teacher their own; a principal their school's and their own; a penilai-ks, of the schools assigned to
/// them today, the principal's and the own plan of whoever heads it (a Plt's), and their own; an operator the
/// wilayah's; an admin all.
/// </summary>
public static class DaftarTerlihat
{
    public static async Task<IQueryable<T>> SaringAsync<T>(IQueryable<T> query, CurrentUser user, Kepemilikan<T> milik, IQuerySession session,
        CancellationToken ct)
    {
        if (user.IsAdmin)
        {
            return query;
        }

        var nip = Sama(milik.PegawaiId, user.PegawaiId);
        var syarat = user switch
        {
            _ when user.Is(Peran.OperatorDinas) && user.Wilayah is { } w => Sama(milik.Wilayah, w),
            _ when user.Is(Peran.KepalaSekolah) && user.Npsn is { } npsn => Atau(Sama(milik.Npsn, npsn), nip),
            _ when user.Is(Peran.PenilaiKs) && await SekolahDinilaiAsync(session, user.PegawaiId, user.HariIni, ct) is var (sekolah, kepala) =>
                Atau(Dan(SalahSatu(milik.Npsn, sekolah), Atau(milik.MilikKepalaSekolah, SalahSatu(milik.PegawaiId, kepala))), nip),
            _ => nip,
        };
        return query.Where(syarat);
    }

    /// <summary>The schools a penilai-ks is assigned on the day, and who heads each then (whose own plan they rate).</summary>
    public static async Task<(string[] Npsn, string[] Kepala)> SekolahDinilaiAsync(IQuerySession session, string penilai, DateOnly hari,
        CancellationToken ct)
    {
        var penugasan = await session.Query<PenilaiSekolahLokal>()
            .Where(p => p.PegawaiId == penilai || (p.Sebelumnya != null && p.Sebelumnya.PegawaiId == penilai)).ToListAsync(ct);
        var npsn = penugasan.Where(p => p.PegawaiIdPada(hari) == penilai).Select(p => p.Id).ToArray();
        if (npsn.Length == 0)
        {
            return ([], []);
        }

        var kepala = await session.LoadManyAsync<KepalaSekolahLokal>(ct, npsn);
        return (npsn, kepala.Select(k => k.PegawaiIdPada(hari)).OfType<string>().ToArray());
    }

    private static Expression<Func<T, bool>> Sama<T>(Expression<Func<T, string>> kolom, string nilai) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(kolom.Body, Expression.Constant(nilai)), kolom.Parameters);

    private static Expression<Func<T, bool>> SalahSatu<T>(Expression<Func<T, string>> kolom, string[] nilai) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Constant(nilai), kolom.Body), kolom.Parameters);

    private static Expression<Func<T, bool>> Atau<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, Parameter.Ganti(b.Body, b.Parameters[0], a.Parameters[0])), a.Parameters);

    private static Expression<Func<T, bool>> Dan<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(a.Body, Parameter.Ganti(b.Body, b.Parameters[0], a.Parameters[0])), a.Parameters);

    /// <summary>Puts one lambda's parameter in place of another's, so two conditions read the same row.</summary>
    private sealed class Parameter(ParameterExpression dari, ParameterExpression ke) : ExpressionVisitor
    {
        public static Expression Ganti(Expression body, ParameterExpression dari, ParameterExpression ke) => new Parameter(dari, ke).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node) => node == dari ? ke : base.VisitParameter(node);
    }
}
