namespace Kinerja.Kepegawaian.Sekolah;

using System.Linq.Expressions;
using Kinerja.ServiceDefaults.Auth;

/// <summary>Where an object of a pegawai says whose it is, for <see cref="DaftarTerlihat"/>.</summary>
public sealed record Kepemilikan<T>(
    Expression<Func<T, string>> PegawaiId,
    Expression<Func<T, string>> Npsn,
    Expression<Func<T, string>> Wilayah,
    Expression<Func<T, bool>> MilikKepalaSekolah);

/// <summary>
/// Who sees which plans, cycles and assessments in a list (domain.md §1), the one rule the three services
/// share: a teacher their own; a principal their school's and their own; a penilai-ks the principals' of
/// the wilayah and their own; an operator the wilayah's; an admin all.
/// </summary>
public static class DaftarTerlihat
{
    public static IQueryable<T> Saring<T>(IQueryable<T> query, CurrentUser user, Kepemilikan<T> milik)
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
            _ when user.Is(Peran.PenilaiKs) && user.Wilayah is { } w => Atau(Dan(Sama(milik.Wilayah, w), milik.MilikKepalaSekolah), nip),
            _ => nip,
        };
        return query.Where(syarat);
    }

    private static Expression<Func<T, bool>> Sama<T>(Expression<Func<T, string>> kolom, string nilai) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(kolom.Body, Expression.Constant(nilai)), kolom.Parameters);

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
