namespace Kinerja.DataPegawai.Impor;

/// <summary>
/// A value from an uploaded file as a rejection reason quotes it: at most 80 characters, so a thousand reasons of one
/// job stay small whatever the file held.
/// </summary>
public static class Kutipan
{
    public const int Maks = 80;

    public static string Potong(string nilai) => nilai.Length <= Maks ? nilai : string.Concat(nilai.AsSpan(0, Maks), "…");
}
