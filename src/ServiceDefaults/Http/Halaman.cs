namespace Kinerja.ServiceDefaults.Http;

using Kinerja.ServiceDefaults.Problems;

/// <summary>A page of a list, as every list of the API answers (api.md): <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record Halaman<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>Which page a list request asks for: <c>?page=1&amp;pageSize=50</c>, at most 200 a page.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int Bawaan = 50;
    public const int Maks = 200;

    /// <summary>Defaults for what is not given; 400 naming the field for what is out of range.</summary>
    public static Paging Dari(int? page, int? pageSize)
    {
        var validasi = new Validation();
        if (page is < 1)
        {
            validasi.Add("page", "Mulai dari 1.");
        }

        if (pageSize is < 1 or > Maks)
        {
            validasi.Add("pageSize", $"Antara 1 dan {Maks}.");
        }

        validasi.ThrowIfAny();
        return new Paging(page ?? 1, pageSize ?? Bawaan);
    }
}
