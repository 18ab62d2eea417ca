namespace Kinerja.ServiceDefaults.Persistence;

using Kinerja.ServiceDefaults.Http;
using Marten;
using Marten.Linq;

public static class PagingExtensions
{
    /// <summary>The page of an ordered query, with the total of the whole query in the same round trip.</summary>
    public static async Task<Halaman<TView>> AmbilAsync<T, TView>(this Paging paging, IQueryable<T> terurut, Func<T, TView> tampilan, CancellationToken ct)
        where T : notnull
    {
        var items = await terurut.Stats(out var stats).Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(ct);
        return new Halaman<TView>(items.Select(tampilan).ToList(), paging.Page, paging.PageSize, stats.TotalResults);
    }
}
