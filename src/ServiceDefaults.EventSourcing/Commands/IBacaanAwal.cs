namespace Kinerja.ServiceDefaults.Commands;

using Marten;
using Marten.Services.BatchQuerying;

/// <summary>
/// A document a command's access check reads about the caller, queued in the same round trip as the aggregate's
/// load (<see cref="CommandPipeline"/>). Under load a command's cost went per round trip (issue 27); the check
/// then finds the document in the session's identity map for its type instead of asking PostgreSQL again.
/// </summary>
public interface IBacaanAwal
{
    /// <summary>Whether this caller's command is likely to read it; if none is, the aggregate is loaded alone.</summary>
    bool Perlu { get; }

    /// <summary>Queues the load, keeping what it loads in <paramref name="session"/>'s identity map for the document's type.</summary>
    void Antrekan(IDocumentSession session, IBatchedQuery batch);
}
