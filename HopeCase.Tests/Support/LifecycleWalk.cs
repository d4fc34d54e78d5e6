using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;

namespace HopeCase.Tests.Support;

/// <summary>
/// Requests in any state, reached the only way there is: from a new draft (or a website request) through the
/// lifecycle table's moves, shortest path first, each made by a role the table names for it. No database.
/// </summary>
public static class LifecycleWalk
{
    public static DateTimeOffset Start { get; } = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The policy's default lengths: fourteen days, one for a critical request.</summary>
    public static DecisionWindow Window { get; } = new(TimeSpan.FromDays(14), TimeSpan.FromDays(1));

    public static Actor As(string role, string userId = "u") => new(userId, userId, new HashSet<string> { role });

    /// <summary>The moves that bring a new request to <paramref name="status"/> (from Draft, or from Received for what only a website request reaches first).</summary>
    public static IReadOnlyList<Transition> PathTo(RequestStatus status)
    {
        var paths = new Dictionary<RequestStatus, List<Transition>> { [RequestStatus.Draft] = [], [RequestStatus.Received] = [] };
        var frontier = new Queue<RequestStatus>([RequestStatus.Draft, RequestStatus.Received]);
        while (frontier.TryDequeue(out var at))
        {
            foreach (var move in RequestLifecycle.Table.Where(t => t.From == at && !paths.ContainsKey(t.To)))
            {
                paths[move.To] = [.. paths[at], move];
                frontier.Enqueue(move.To);
            }
        }
        return paths.TryGetValue(status, out var path) ? path : throw new InvalidOperationException($"No move reaches {status}.");
    }

    /// <summary>A new request walked to <paramref name="status"/>; one hour passes per move, and the assigned officer is "researcher".</summary>
    public static SupportRequest RequestIn(RequestStatus status, bool critical = false)
    {
        var path = PathTo(status);
        var fromWebsite = path.Count > 0 ? path[0].From == RequestStatus.Received : status == RequestStatus.Received;
        var r = new SupportRequest(1, 1, "طلب دعم", ContactChannel.Interview, fromWebsite, Start, As(HopeCase.Core.Staff.Roles.RelationsOfficer));
        if (critical)
        {
            r.MarkCritical();
        }
        var at = Start;
        foreach (var move in path)
        {
            at = at.AddHours(1);
            r.Move(move.Trigger, As(move.Roles[0], "researcher"), at, Window);
            if (move.Trigger == RequestTrigger.Assign)
            {
                r.AssignResearcher("researcher", "researcher", at);
            }
        }
        Assert.Equal(status, r.Status);
        return r;
    }

    /// <summary>Everything a move may change, to show a refused one changed nothing.</summary>
    public static object Snapshot(SupportRequest r) =>
        (r.Status, r.Version, r.Events.Count, r.SubmittedAt, r.DueAt, r.PausedSince, r.PausedFor, r.NextDeadlineAt, r.ClockRound);
}
