namespace Kinerja.ServiceDefaults.Persistence;

using System.Diagnostics;
using Kinerja.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http;

/// <summary>
/// Sessions opened in a request stamp every event with the caller's NIP, the correlation id and the
/// trace, which makes the audit trail and lets the relay continue the request's trace.
/// </summary>
public sealed class KinerjaSessionFactory(IDocumentStore store, IHttpContextAccessor accessor) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        var context = accessor.HttpContext;
        if (context is not null)
        {
            session.LastModifiedBy = context.User.FindFirst("sub")?.Value ?? "anonim";
            session.CorrelationId = CorrelationMiddleware.Of(context);
        }

        if (Activity.Current is { } activity)
        {
            session.SetHeader(TraceParentHeader, activity.Id!);
        }

        return session;
    }
}
