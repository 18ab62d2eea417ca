namespace Kinerja.DataPegawai.Identitas;

using System.Globalization;
using System.Text;

/// <summary>
/// Names compared as domain.md §3 says: case, spacing and punctuation ignored, academic titles
/// (gelar) removed, so "Dra. SITI  Aminah, M.Pd." and "Siti Aminah" are the same person.
/// </summary>
public static class NamaNormal
{
    // written without dots and lower case, as they are after the punctuation is gone
    private static readonly HashSet<string> Gelar = new(StringComparer.Ordinal)
    {
        "s", "spd", "mpd", "dra", "drs", "dr", "spdi", "spdsd", "ssi", "se", "sh", "sag", "skom", "st", "ssos",
        "mm", "msi", "mkom", "mag", "mh", "ma", "msc", "phd", "prof", "ir", "hj", "h", "sst", "amd", "ama", "amapd",
        "sthi", "spsi", "mhum", "shum", "sth", "mth", "sip", "mip", "spt", "mt", "sked", "ssn", "sds", "sn",
    };

    public static string Normalkan(string nama)
    {
        var words = new List<string>();
        foreach (var raw in nama.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new StringBuilder();
            foreach (var c in raw.Normalize(NormalizationForm.FormD))
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
            }

            // "S.Pd." and "S.Pd.I" are titles only when written with dots; a plain "Pd" could be a name
            var titled = raw.Contains('.', StringComparison.Ordinal) || raw.Length <= 3;
            if (word.Length > 0 && !(titled && Gelar.Contains(word.ToString())))
            {
                words.Add(word.ToString());
            }
        }

        return string.Join(' ', words);
    }

    public static bool Sama(string a, string b) => string.Equals(Normalkan(a), Normalkan(b), StringComparison.Ordinal);
}
