namespace Kinerja.Web.Components.UI;

/// <summary>
/// The <i>Tambah</i>/<i>Hapus</i> buttons of a form with rows. They submit the form (so they work without JavaScript and keep
/// what was typed) with <c>Isi.Ubah</c> set, and the page changes its rows instead of writing.
/// </summary>
public static class UbahBaris
{
    public const string Nama = "Isi.Ubah";
    public const string Tambah = "tambah";

    public static string Hapus(int baris) => $"hapus-{baris}";

    /// <summary>Applies the button pressed to <paramref name="baris"/>; false when the form was submitted to be saved.</summary>
    public static bool Terapkan<T>(string? ubah, List<T> baris, int paling)
        where T : new()
    {
        if (ubah == Tambah)
        {
            // the page draws one row even for an empty list: adding to it makes two
            if (baris.Count == 0)
            {
                baris.Add(new());
            }

            if (baris.Count < paling)
            {
                baris.Add(new());
            }

            return true;
        }

        if (ubah?.StartsWith("hapus-", StringComparison.Ordinal) == true)
        {
            if (int.TryParse(ubah.AsSpan(6), out var i) && i >= 0 && i < baris.Count)
            {
                baris.RemoveAt(i);
            }

            return true;
        }

        return false;
    }

    /// <summary>How many rows a form draws: at least one.</summary>
    public static int Jumlah<T>(List<T> baris) => Math.Max(1, baris.Count);
}
