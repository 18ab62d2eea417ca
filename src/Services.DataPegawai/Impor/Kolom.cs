namespace Kinerja.DataPegawai.Impor;

using Kinerja.DataPegawai.Pegawai;

/// <summary>The columns each source file has (docs/sumber-data.md). A file with others is refused whole.</summary>
public static class Kolom
{
    public static readonly IReadOnlyDictionary<Sumber, string[]> Wajib = new Dictionary<Sumber, string[]>
    {
        [Sumber.Dapodik] = ["nik", "nip", "nuptk", "nama", "tanggal_lahir", "jenis_kelamin", "npsn", "jenis_ptk"],
        [Sumber.Siasn] = ["nip", "nik", "nama", "tanggal_lahir", "jenis_kelamin", "status_kepegawaian", "jabatan", "jenjang",
            "golongan", "unor", "npsn_unor", "instansi", "kode_wilayah_instansi"],
        [Sumber.Dukcapil] = ["nik", "nama", "tanggal_lahir", "jenis_kelamin", "nama_ibu_kandung"],
    };

    public static bool TryParse(string sumber, out Sumber hasil) =>
        Enum.TryParse(sumber, ignoreCase: true, out hasil) && Enum.IsDefined(hasil) && sumber.All(char.IsAsciiLetterLower);

    /// <summary>Null when the header is right for the source; else what is wrong with it.</summary>
    public static string? PeriksaHeader(Sumber sumber, IReadOnlyCollection<string> header)
    {
        var wajib = Wajib[sumber];
        var kurang = wajib.Except(header, StringComparer.Ordinal).ToList();
        var asing = header.Except(wajib, StringComparer.Ordinal).ToList();
        if (kurang.Count == 0 && asing.Count == 0)
        {
            return null;
        }

        var bagian = new List<string>();
        if (kurang.Count > 0)
        {
            bagian.Add($"kolom yang tidak ada: {string.Join(", ", kurang)}");
        }

        if (asing.Count > 0)
        {
            bagian.Add($"kolom yang tidak dikenal: {string.Join(", ", asing.Take(10).Select(Kutipan.Potong))}{(asing.Count > 10 ? ", …" : "")}");
        }

        return $"Header bukan berkas {sumber.ToString().ToLowerInvariant()} ({string.Join("; ", bagian)}). Kolom yang diharapkan: {string.Join(",", wajib)}.";
    }
}
