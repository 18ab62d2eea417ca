namespace Kinerja.Web;

using System.Text.RegularExpressions;

/// <summary>The fields as a person knows them, for the error summary: "Target RHK 1: wajib diisi.", never the API's name.</summary>
public static partial class Teks
{
    private static readonly Dictionary<string, string> LabelBidang = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "Alamat e-mail", ["kode"] = "Pilihan", ["aspek"] = "Aspek BerAKHLAK", ["rencana"] = "Hasil kerja", ["catatan"] = "Catatan",
        ["target"] = "Target perilaku", ["upaya"] = "Upaya", ["jadwal"] = "Jadwal", ["rubrik"] = "Rubrik observasi",
        ["rekomendasi"] = "Rekomendasi", ["tantangan"] = "Tantangan", ["tujuan"] = "Tujuan perbaikan", ["langkah"] = "Langkah perbaikan",
        ["dukungan"] = "Dukungan", ["kegiatan"] = "Kegiatan", ["inspirasi"] = "Inspirasi", ["perubahan"] = "Perubahan",
        ["strategi"] = "Strategi", ["hasilKerja"] = "Hasil kerja", ["perilakuKerja"] = "Perilaku kerja", ["umpanBalik"] = "Umpan balik",
        ["alasan"] = "Alasan", ["nilai"] = "Nilai yang benar", ["nama"] = "Nama", ["nip"] = "NIP", ["npsn"] = "NPSN",
        ["plt"] = "Plt", ["berlakuSejak"] = "TMT penugasan", ["wilayah"] = "Wilayah", ["tahun"] = "Tahun",
    };

    private static readonly Dictionary<string, string> LabelBaris = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rencana.kode"] = "Jenis RHK", ["rencana.indikator"] = "Indikator RHK", ["rencana.target"] = "Target RHK",
        ["rencana.intervensi"] = "RHK kepala sekolah untuk RHK", ["rubrik.level"] = "Tingkat perilaku", ["rubrik.catatan"] = "Catatan perilaku",
        ["rubrik.perilaku"] = "Perilaku", ["kegiatan.jenis"] = "Jenis kegiatan", ["kegiatan.tanggal"] = "Tanggal kegiatan",
        ["kegiatan.deskripsi"] = "Deskripsi kegiatan",
    };

    /// <summary>A field of the API's problem (<c>rencana[0].target</c>) as its label on the page ("Target RHK 1").</summary>
    public static string LabelIsian(string field)
    {
        if (Baris().Match(field) is { Success: true } m)
        {
            var nomor = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return LabelBaris.TryGetValue($"{m.Groups[1].Value}.{m.Groups[3].Value}", out var label) ? $"{label} {nomor}" : $"{LabelIsian(m.Groups[1].Value)} {nomor}";
        }

        return LabelBidang.TryGetValue(field, out var nama) ? nama : "Isian";
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex Baris();
}
