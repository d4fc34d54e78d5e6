using HopeCase.Core.Contacts;
using HopeCase.Core.Feedback;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Feedback;

/// <summary>A complaint recorded by staff and its audit entry are one save: the entry names the new item and carries its values.</summary>
public sealed class FeedbackAuditTests
{
    [Fact]
    public async Task The_recorded_complaint_and_its_audit_entry_commit_together_with_the_values()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var id = await w.Feedback.RecordAsync(IntakeWorld.Officer, new FeedbackInput(FeedbackKind.Complaint, FeedbackCategory.Waiting, ContactChannel.Phone,
            "انتظرت طويلًا في الفرع", new FeedbackSender(false, "سالم", "0551234000", null, null)));
        var entry = Assert.Single(await w.Intake.Audit.LatestAsync(IntakeWorld.Admin, 20, "FeedbackItem"), a => a.Action == "FeedbackRecorded");
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        // Written in the change's own transaction by SaveNewAsync, the entry holds what was inserted; one written after it could not.
        Assert.NotNull(entry.Changes);
        Assert.Contains("\"entity\":\"FeedbackItem\"", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"Added\"", entry.Changes, StringComparison.Ordinal);
    }
}
