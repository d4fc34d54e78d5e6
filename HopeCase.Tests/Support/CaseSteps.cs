using HopeCase.Core.Committee;
using HopeCase.Core.Registration;

namespace HopeCase.Tests.Support;

/// <summary>Requests further along their life, reached through the real services as the right staff would.</summary>
public static class CaseSteps
{
    /// <summary>Studied, on a session's agenda, voted and accepted by the committee.</summary>
    public static async Task<int> AcceptedAsync(this ResearchWorld w, int n = 1)
    {
        ArgumentNullException.ThrowIfNull(w);
        var id = await w.AwaitingCommitteeAsync(n);
        var item = await w.ItemOfAsync(await w.SessionWithAgendaAsync(), id);
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await w.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 6, DurationMonths: 3));
        return id;
    }

    /// <summary>Accepted, the registration checklist complete and the file number given.</summary>
    public static async Task<int> RegisteredAsync(this ResearchWorld w, int n = 1)
    {
        var id = await w.AcceptedAsync(n);
        foreach (var item in Enum.GetValues<ChecklistItem>())
        {
            await w.Registration.TickAsync(IntakeWorld.Officer, id, item, true);
        }
        await w.Registration.RegisterAsync(IntakeWorld.Officer, id);
        return id;
    }
}
