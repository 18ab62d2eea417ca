namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;

/// <summary>What every step's endpoint shares: the pipeline, with the cycle's access rule.</summary>
internal static class Langkah
{
    public static Task<IResult> JalankanAsync(string perintah, Guid id, CommandPipeline pipeline, CurrentUser user,
        Func<Siklus, Pelaku, object> putuskan, CancellationToken ct) =>
        JalankanBanyakAsync(perintah, id, pipeline, user, (s, pelaku) => [putuskan(s, pelaku)], ct);

    /// <summary>The same, for a decision that may append nothing (an acknowledgement said again).</summary>
    public static Task<IResult> JalankanBanyakAsync(string perintah, Guid id, CommandPipeline pipeline, CurrentUser user,
        Func<Siklus, Pelaku, IReadOnlyList<object>> putuskan, CancellationToken ct) =>
        pipeline.RunAsync<Siklus, Pelaku>(perintah, id, (s, c) => Akses.UntukMenulisAsync(s.Milik(), user, pipeline.Session, c), putuskan, ct);
}
