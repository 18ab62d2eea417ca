namespace Kinerja.ServiceDefaults.Privasi;

using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

/// <summary>
/// Personal data under the PDP law (UU 27/2022): the NIK and the mother's name. This is the one rule for
/// masking them, used where a pegawai is shown: DataPegawai's DTO and every service's audit trail.
/// (Messages and logs carry neither.)
/// </summary>
/// <remarks>
/// A masked NIK shows no digit. Digits 7–12 encode the birth date and sex, which the NIP (digits 1–8 and
/// 15) and the response already carry, and digits 1–4 are often the wilayah; an earlier mask that showed
/// 1–4 and 13–16 therefore left only the kecamatan's two digits unknown. With none shown, at least the
/// kecamatan and the four sequence digits plus the region stay unknown: ten digits.
/// </remarks>
public static class DataPribadi
{
    public const string NikSamaran = "****************";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The fields a masked audit trail shows, by JSON name, in every service's events; every other field is left out. An
    /// allow-list, not a deny-list: a field added to an event stays out of the masked trail until it is named here. A
    /// digest of a row (an import's <c>hash</c>) is never named: tried against every NIK of a region, an unkeyed one gave
    /// the NIK back in a fraction of a second. <c>Domain.Tests</c> checks that every event field is decided on.
    /// </summary>
    public static readonly FrozenSet<string> Tampil = new[]
    {
        // who and where
        "nip", "nipAsn", "nipEKinerja", "idPegawai", "nuptk", "nama", "npsn", "npsnLama", "npsnBaru", "npsnUnor", "wilayah", "peran",
        "plt", "berlakuSejak", "penilaiNip", "oleh", "statusKepegawaian", "jenjang", "jabatan", "golongan", "unor", "instansi",
        "jenisPtk", "nonAsn", "tanggalLahir", "jenisKelamin",
        // DataPegawai: what a source said and the reconciliation (disparitas values are keyed by source or by id kind)
        "data", "status", "disparitas", "kode", "jenis", "nilai", "keterangan", "penyelesaian", "alasan", "nilaiSaatItu", "sebab",
        "dapodik", "siasn", "dukcapil",
        // Perencanaan
        "skpId", "tahun", "fokus", "aspek", "ekspektasiKhusus", "rencana", "indikator", "target", "intervensi", "perspektif", "catatan",
        "otomatis", "praktikKinerja", "kompetensi", "perilakuKerja",
        // Observasi
        "siklusId", "perilakuFokus", "upaya", "jadwal", "jadwalLama", "jadwalBaru", "rubrik", "perilaku", "level", "rekomendasi", "tantangan", "tujuan",
        "langkah", "dukungan", "kegiatan", "tanggal", "deskripsi", "inspirasi", "perubahan", "strategi",
        // Penilaian
        "penilaianId", "hasilKerja", "umpanBalik", "predikat", "angkaKredit", "koefisien", "bulan", "ditetapkanPada", "koreksiKe",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fields shown in a masked trail only as <see cref="NikSamaran"/>: that there is a NIK, not which.</summary>
    public static readonly FrozenSet<string> Samaran = new[] { "nik" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sixteen-digit ids that are public (NUPTK): not to be mistaken for a NIK.</summary>
    private static readonly HashSet<string> NamaPublik = new(StringComparer.OrdinalIgnoreCase) { "nuptk" };

    public static bool IsNik(string? value) => value is { Length: 16 } && value.All(char.IsAsciiDigit);

    public static string? Samarkan(string? nik) => nik is null ? null : NikSamaran;

    /// <summary>
    /// The object as JSON with only the <see cref="Tampil"/> fields, each NIK (a <see cref="Samaran"/> field, or any
    /// 16-digit value elsewhere: disparitas compare NIKs under the source's name) masked.
    /// </summary>
    public static JsonNode? Saring(object? data, Type? type = null)
    {
        var node = data is null ? null : JsonSerializer.SerializeToNode(data, type ?? data.GetType(), Json);
        Saring(node, nama: null);
        return node;
    }

    private static void Saring(JsonNode? node, string? nama)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (Samaran.Contains(key) && value is not null && value.GetValueKind() != JsonValueKind.Object)
                    {
                        obj[key] = NikSamaran;
                    }
                    else if (!Tampil.Contains(key))
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        Saring(value, key);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s) && IsNik(s))
                    {
                        array[i] = NikSamaran;
                    }
                    else
                    {
                        Saring(array[i], nama);
                    }
                }

                break;
            case JsonValue value when value.Parent is JsonObject parent && nama is not null && !NamaPublik.Contains(nama)
                                      && value.TryGetValue<string>(out var text) && IsNik(text):
                parent[nama] = NikSamaran;
                break;
        }
    }
}
