namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// What a caller may do now, found by asking each command's own <c>Decide</c> (with a stand-in for what a person
/// would type): the rule stays in the command, and the answer's <c>aksi</c> can never disagree with it.
/// </summary>
public static class Aksi
{
    public static IReadOnlyList<string> Dari(params (string Nama, Action Coba)[] perintah) =>
        [.. perintah.Where(p => Boleh(p.Coba)).Select(p => p.Nama)];

    private static bool Boleh(Action coba)
    {
        try
        {
            coba();
            return true;
        }
        catch (Exception e) when (e is KonflikException or TerlarangException or ValidasiException)
        {
            return false;
        }
    }
}
