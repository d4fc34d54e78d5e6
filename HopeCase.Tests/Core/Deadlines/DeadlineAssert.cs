using HopeCase.Core.Deadlines;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>What the two-week window sends for one request, checked the same way by the sweep and job-server tests.</summary>
internal static class DeadlineAssert
{
    /// <summary>Exactly one research reminder (day 7), one chair reminder (day 11) and one escalation (day 14).</summary>
    public static void OneOfEach(List<StaffNotification> sent)
    {
        var deadline = sent.Where(n => n.Key.StartsWith("deadline:", StringComparison.Ordinal)).ToList();
        var research = Assert.Single(deadline, n => n.Kind == NotificationKind.ResearchReminder);
        Assert.Equal(ResearchWorld.Researcher.UserId, research.RecipientUserId);
        Assert.Equal(7, research.Day);
        var chair = Assert.Single(deadline, n => n.Kind == NotificationKind.ChairReminder);
        Assert.Equal(11, chair.Day);
        var escalation = Assert.Single(deadline, n => n.Kind == NotificationKind.Escalation);
        Assert.Equal(HopeCase.Core.Staff.Roles.Manager, escalation.RecipientRole);
        Assert.Equal(14, escalation.Day);
        Assert.Equal(3, deadline.Count);
    }
}
