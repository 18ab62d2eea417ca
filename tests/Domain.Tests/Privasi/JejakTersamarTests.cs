namespace Kinerja.Domain.Tests.Privasi;

using System.Reflection;
using System.Text.Json;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.ServiceDefaults.Privasi;

/// <summary>
/// The masked audit trail shows a field only if <see cref="DataPribadi.Tampil"/> names it: each field of each event is a
/// decision, taken here once, so a new field never reaches a principal's trail by default.
/// </summary>
public sealed class JejakTersamarTests
{
    /// <summary>Fields decided to stay out of the masked trail (personal data, or a digest of it).</summary>
    private static readonly string[] Tersembunyi = ["namaIbuKandung", "hash"];

    private static readonly Type[] Agregat =
    [
        typeof(Pegawai), typeof(Kinerja.DataPegawai.Sekolah.Sekolah), typeof(Kinerja.Perencanaan.Skp.Skp),
        typeof(Kinerja.Observasi.Siklus.Siklus), typeof(Kinerja.Penilaian.Penilaian.Penilaian),
    ];

    public static TheoryData<string> SemuaBidang()
    {
        var events = Agregat
            .SelectMany(a => a.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.Name is "Apply" or "Create" && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType)
            .Distinct();
        var dilihat = new HashSet<Type>();
        var bidang = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            Kumpulkan(e, bidang, dilihat);
        }

        return new TheoryData<string>(bidang);
    }

    private static void Kumpulkan(Type type, SortedSet<string> bidang, HashSet<Type> dilihat)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateOnly)
            || type == typeof(DateTimeOffset) || !dilihat.Add(type))
        {
            return;
        }

        if (type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
        {
            // a list's items, or a dictionary's values (keys are data: see the disparitas test below)
            foreach (var argumen in type.GetGenericArguments())
            {
                Kumpulkan(argumen, bidang, dilihat);
            }

            return;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            // the name the stored JSON has: a renamed member keeps its old one ([JsonPropertyName])
            bidang.Add(p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name));
            Kumpulkan(p.PropertyType, bidang, dilihat);
        }
    }

    [Theory]
    [MemberData(nameof(SemuaBidang))]
    public void every_event_field_is_either_shown_masked_or_kept_out_of_the_masked_trail(string nama)
    {
        var keputusan = new[] { DataPribadi.Tampil.Contains(nama), DataPribadi.Samaran.Contains(nama), Tersembunyi.Contains(nama) };
        Assert.True(keputusan.Count(x => x) == 1, $"'{nama}': name it in DataPribadi.Tampil, DataPribadi.Samaran or this test's Tersembunyi (exactly one).");
    }

    [Fact]
    public void the_masked_trail_of_an_import_row_has_no_digest_no_mothers_name_and_no_nik()
    {
        var rekaman = new RekamanDukcapil("3273015503850001", "RINA WIJAYA", new DateOnly(1985, 3, 15), Kinerja.DataPegawai.Identitas.JenisKelamin.P,
            "Sumiati Rahayu", "0123456789ABCDEF0123456789ABCDEF");

        var teks = DataPribadi.Saring(new DataDukcapilDiterima("198503152010012001", rekaman))!.ToJsonString();

        Assert.DoesNotContain("0123456789ABCDEF", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Sumiati", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("3273015503850001", teks, StringComparison.Ordinal);
        Assert.Contains($"\"nik\":\"{DataPribadi.NikSamaran}\"", teks, StringComparison.Ordinal);
        Assert.Contains("\"nama\":\"RINA WIJAYA\"", teks, StringComparison.Ordinal);
    }

    [Fact]
    public void a_disparitas_shows_its_sources_values_with_niks_masked()
    {
        var e = new PemadananDihitung("198503152010012001", StatusPadan.BelumPadan,
            [new Disparitas("nik-dapodik-siasn", JenisDisparitas.NikBerbeda,
                new Dictionary<string, string> { ["dapodik"] = "3273015503850001", ["siasn"] = "3273015503850002" }, "NIK di Dapodik dan SI-ASN berbeda.")]);

        var nilai = DataPribadi.Saring(e)!["disparitas"]![0]!["nilai"]!.AsObject();

        Assert.Equal(DataPribadi.NikSamaran, nilai["dapodik"]!.GetValue<string>());
        Assert.Equal(DataPribadi.NikSamaran, nilai["siasn"]!.GetValue<string>());
    }
}
