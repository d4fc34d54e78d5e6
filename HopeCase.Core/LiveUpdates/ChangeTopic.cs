namespace HopeCase.Core.LiveUpdates;

/// <summary>What changed, so open pages can refresh their queues without a reload.</summary>
public enum ChangeTopic
{
    Requests,
    Referrals,
    Alerts,
    Contacts,
    Committee,
    Deadlines,
    Services,
    Letters,
    Imports,
}
