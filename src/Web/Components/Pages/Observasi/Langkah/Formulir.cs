namespace Kinerja.Web.Components.Pages.Observasi.Langkah;

using Kinerja.Klien;
using Microsoft.AspNetCore.Components;

/// <summary>
/// The submitted cycle form as a step reads it: one field, a field given many times, and "empty is absent"; with the
/// time zone a date-time field is typed in, and the time of the submission.
/// </summary>
public sealed record Formulir(Func<string, string?> Isian, Func<string, IReadOnlyList<string>> Banyak, Format Format, DateTimeOffset Kini)
{
    public string? Teks(string nama) => string.IsNullOrWhiteSpace(Isian(nama)) ? null : Isian(nama);
}

/// <summary>What a step's component hands the page: its request from the submitted form, or the problem found before sending it.</summary>
public sealed record Bacaan(Permintaan? Permintaan, Masalah? Masalah = null);

/// <summary>Each step of the cycle: the component with its fields and how its request is read from the form.</summary>
public static class LangkahSiklus
{
    public sealed record Langkah(Type Komponen, Func<Siklus, Formulir, Bacaan> Baca);

    public static Langkah Untuk(string tahap) => tahap switch
    {
        "Persiapan" => new(typeof(LangkahPersiapan), LangkahPersiapan.Baca),
        "KonfirmasiJadwal" => new(typeof(LangkahKonfirmasiJadwal), (s, _) => new(ApiSiklus.KonfirmasiJadwal(s.Id))),
        "Observasi" => new(typeof(LangkahObservasi), LangkahObservasi.Baca),
        "DiskusiTindakLanjut" => new(typeof(LangkahDiskusi), LangkahDiskusi.Baca),
        "UpayaTindakLanjut" => new(typeof(LangkahUpaya), LangkahUpaya.Baca),
        "Refleksi" => new(typeof(LangkahRefleksi), LangkahRefleksi.Baca),
        _ => new(typeof(LangkahKonfirmasiRefleksi), (s, _) => new(ApiSiklus.KonfirmasiRefleksi(s.Id))),
    };

    /// <summary>What every step's component is given.</summary>
    public static Dictionary<string, object?> Parameter(Siklus siklus, Func<string, string?> nilai, Masalah? masalah) => new()
    {
        [nameof(LangkahPersiapan.S)] = siklus,
        [nameof(LangkahPersiapan.Nilai)] = nilai,
        [nameof(LangkahPersiapan.Masalah)] = masalah,
    };
}

/// <summary>The parameters every step's component takes.</summary>
public abstract class KomponenLangkah : ComponentBase
{
    [Parameter, EditorRequired] public Siklus S { get; set; } = default!;

    /// <summary>What the person typed, shown again after a refusal (a list field as one comma-joined value).</summary>
    [Parameter, EditorRequired] public Func<string, string?> Nilai { get; set; } = default!;

    [Parameter] public Masalah? Masalah { get; set; }
}
