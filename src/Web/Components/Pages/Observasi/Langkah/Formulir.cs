namespace Kinerja.Web.Components.Pages.Observasi.Langkah;

using Kinerja.Klien;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

/// <summary>
/// The cycle's form as it is posted (<c>[SupplyParameterFromForm]</c>): the version the page was drawn from, and one part
/// per step, of which the current step's is filled. On a refusal it is drawn again, so nothing typed is lost.
/// </summary>
public sealed class IsianLangkah
{
    public string? Versi { get; set; }

    /// <summary>The stage the form was drawn for: when the cycle is past it, the step was done (a second tap).</summary>
    public string? Tahap { get; set; }

    /// <summary>A row button pressed instead of sending the step (<see cref="UI.UbahBaris"/>).</summary>
    public string? Ubah { get; set; }

    public IsianPersiapan Persiapan { get; set; } = new();

    public IsianObservasi Observasi { get; set; } = new();

    public IsianDiskusi Diskusi { get; set; } = new();

    public IsianUpaya Upaya { get; set; } = new();

    public IsianRefleksi Refleksi { get; set; } = new();

    /// <summary>Every step's part present: the form binder sets the parts the form did not post to null.</summary>
    public IsianLangkah Lengkap()
    {
        Persiapan ??= new();
        Observasi ??= new();
        Diskusi ??= new();
        Upaya ??= new();
        Refleksi ??= new();
        return this;
    }
}

/// <summary>The submitted form as a step reads it, with the time zone a date-time is typed in and the time of the submission.</summary>
public sealed record Formulir(IsianLangkah Isi, Format Format, DateTimeOffset Kini)
{
    /// <summary>An empty field sent as absent, so the service names it as missing rather than as malformed.</summary>
    public static string? Teks(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>
    /// An observation time as typed (<c>datetime-local</c>, in the page's zone), and the problem on <c>jadwal</c> when it
    /// is missing or not ahead of <paramref name="kini"/>: checked here too, so a slow link learns it without a round trip.
    /// </summary>
    public static (DateTimeOffset? Jadwal, Masalah? Masalah) JadwalKeDepan(string? masukan, Format format, DateTimeOffset kini)
    {
        var jadwal = format.Baca(masukan);
        return jadwal is { } j && j > kini
            ? (j, null)
            : (jadwal, new Masalah(400, "Isian tidak valid", null, new Dictionary<string, string[]>
            {
                ["jadwal"] = [jadwal is null ? Web.Teks.PilihJadwal : Web.Teks.JadwalMasaDepan],
            }));
    }
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
    public static Dictionary<string, object?> Parameter(Siklus siklus, IsianLangkah isi, Masalah? masalah) => new()
    {
        [nameof(KomponenLangkah.S)] = siklus,
        [nameof(KomponenLangkah.Isi)] = isi,
        [nameof(KomponenLangkah.Masalah)] = masalah,
    };
}

/// <summary>The parameters every step's component takes.</summary>
public abstract class KomponenLangkah : ComponentBase
{
    [Parameter, EditorRequired] public Siklus S { get; set; } = default!;

    /// <summary>What the person typed: empty on the first visit, shown again after a refusal.</summary>
    [Parameter, EditorRequired] public IsianLangkah Isi { get; set; } = default!;

    [Parameter] public Masalah? Masalah { get; set; }

    [CascadingParameter] public HttpContext? Http { get; set; }

    protected CancellationToken Batal => Http?.RequestAborted ?? default;
}
