using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kinerja.ServiceDefaults.Privasi;

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

    /// <summary>Property names whose value is personal data whatever it looks like.</summary>
    private static readonly HashSet<string> NamaRahasia = new(StringComparer.OrdinalIgnoreCase) { "nik", "namaIbuKandung" };

    /// <summary>Sixteen-digit ids that are public (NUPTK): not to be mistaken for a NIK.</summary>
    private static readonly HashSet<string> NamaPublik = new(StringComparer.OrdinalIgnoreCase) { "nuptk" };

    public static bool IsNik(string? value) => value is { Length: 16 } && value.All(char.IsAsciiDigit);

    public static string? Samarkan(string? nik) => nik is null ? null : NikSamaran;

    /// <summary>
    /// The object as JSON, with every NIK (a property named so, or any 16-digit value elsewhere: disparitas
    /// compare NIKs under the source's name) masked and every mother's name removed.
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
                    if (NamaRahasia.Contains(key) && value is not null && value.GetValueKind() != JsonValueKind.Object)
                    {
                        obj[key] = key.Equals("nik", StringComparison.OrdinalIgnoreCase) ? NikSamaran : null;
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
