namespace Kinerja.Web.Masuk;

/// <summary>A person the Development sign-in offers with one click (<c>Masuk:Demo</c>; the AppHost's demo data sets them).</summary>
public sealed record IdentitasDemo(string Nama, string Nip, string Peran, string? Npsn, string? Wilayah, string? Keterangan);
