namespace Kinerja.Web.Components.UI;

using System.Security.Claims;
using Kinerja.Klien;
using Microsoft.AspNetCore.Components;

/// <summary>
/// What every signed-in page needs: who is asking and the period. Pages are rendered on the server; a form is an
/// <c>EditForm</c> whose model the page takes with <c>[SupplyParameterFromForm]</c> and draws again when the API refuses it.
/// </summary>
public abstract class Halaman : ComponentBase
{
    [CascadingParameter] public HttpContext Http { get; set; } = default!;
    [Inject] protected NavigationManager Navigasi { get; set; } = default!;
    [Inject] protected IConfiguration Konfigurasi { get; set; } = default!;
    [Inject] protected TimeProvider Jam { get; set; } = default!;
    [Inject] protected Format Format { get; set; } = default!;

    protected ClaimsPrincipal Pengguna => Http.User;
    /// <summary>The signed-in person's pegawai id (<c>sub</c>).</summary>
    protected string PegawaiId => Pengguna.FindFirst("sub")?.Value ?? "";
    protected string? NpsnPengguna => Pengguna.FindFirst("npsn")?.Value;
    protected bool Kepala => Pengguna.HasClaim("role", "kepala-sekolah");
    protected bool PenilaiKs => Pengguna.HasClaim("role", "penilai-ks") && !Kepala;
    protected bool Operator => Pengguna.HasClaim("role", "operator-dinas") || Pengguna.HasClaim("role", "admin");
    protected string? WilayahPengguna => Pengguna.FindFirst("wilayah")?.Value;

    /// <summary>A role that rates someone (a principal, or a penilai-ks for principals); which assessments is the API's call.</summary>
    protected bool Penilai => Kepala || Pengguna.HasClaim("role", "penilai-ks");
    protected CancellationToken Batal => Http.RequestAborted;

    /// <summary>The year asked for in the address (<c>?tahun=</c>, from <see cref="PilihTahun"/>).</summary>
    [SupplyParameterFromQuery(Name = "tahun")] public int? TahunDiminta { get; set; }

    /// <summary>This period: <c>Web:Tahun</c>, else this year.</summary>
    protected int TahunIni => Konfigurasi.GetValue<int?>("Web:Tahun") ?? TimeZoneInfo.ConvertTime(Jam.GetUtcNow(), Format.Zona).Year;

    /// <summary>The first year the pages offer (<c>Web:TahunPertama</c>, 2024 by default: the first year of the platform's records).</summary>
    protected int TahunPertama => Math.Min(Konfigurasi.GetValue<int?>("Web:TahunPertama") ?? 2024, TahunIni);

    /// <summary>The period shown: the one asked for when it is one the pages offer, else this one.</summary>
    protected int Tahun => TahunDiminta is { } t && t >= TahunPertama && t <= TahunIni ? t : TahunIni;

    /// <summary>The period as the links of a page carry it on: null for this one, so everyday addresses stay as they were.</summary>
    protected int? TahunTautan => Tahun == TahunIni ? null : Tahun;

    /// <summary>After a successful write: Post/Redirect/Get, so a reload never sends it twice.</summary>
    protected void Ke(string url) => Navigasi.NavigateTo(url);

    /// <summary>
    /// After a write from a form: on success, to <paramref name="ke"/> (the object's page, which says what was done). On a
    /// refusal the object is read again (<paramref name="muat"/>); a second tap of the same action finds its version gone
    /// (412) or the object moved on (409), and when <paramref name="sudahTerjadi"/> says the object is now where the action
    /// leads, it was done and is answered so. Otherwise the refusal, for the page to show, with its status.
    /// </summary>
    protected async Task<Masalah?> SetelahMenulisAsync<T>(Task<Hasil<T>> kirim, Func<Task> muat, Func<bool> sudahTerjadi, string ke)
    {
        var hasil = await kirim;
        if (hasil.Berhasil)
        {
            Ke(ke);
            return null;
        }

        await muat();
        if (hasil.Masalah!.Status is 409 or 412 && sudahTerjadi())
        {
            Ke(ke);
            return null;
        }

        Http.Response.StatusCode = hasil.Masalah.Status;
        return hasil.Masalah;
    }

    /// <summary>An empty field sent as absent, so the service names it as missing rather than as malformed.</summary>
    protected static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
