namespace HopeCase.Core.Requests;

/// <summary>
/// When the deadline sweep must next look at an open request, in a narrow table of its own (one row per request that
/// has a next check, indexed by <see cref="At"/>): the sweep rewrites this row for every open request it looks at,
/// and on PostgreSQL rewriting the wide, many-indexed request row cost ten times as much. <see cref="RequestVersion"/>
/// follows the request's version on every move, so the sweep's write is guarded on this row alone: a request a
/// person moved meanwhile keeps the next check the move gave it.
/// </summary>
public sealed class NextDeadline
{
    private NextDeadline()
    {
    }

    internal NextDeadline(DateTimeOffset at, int requestVersion) => (At, RequestVersion) = (at, requestVersion);

    public int RequestId { get; private set; }

    /// <summary>The request's <see cref="SupportRequest.Version"/> when it last moved.</summary>
    public int RequestVersion { get; private set; }

    /// <summary>Null only when the sweep found nothing left to fall due (a person's move removes the row instead).</summary>
    public DateTimeOffset? At { get; private set; }

    internal void Set(DateTimeOffset? at) => At = at;

    internal void Follow(int requestVersion) => RequestVersion = requestVersion;
}
