using HopeCase.Core.Registration;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Registration;

/// <summary>An officer ticks the registration checklist faster than the database answers: every tick counts.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ChecklistTicksTests
{
    [Fact]
    public async Task Four_boxes_ticked_at_once_on_a_new_checklist_are_all_kept_and_audited()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.AcceptedAsync();

        // No checklist row exists yet, so each tick would create it; on PostgreSQL the four really run side by side.
        var views = await Task.WhenAll(Enum.GetValues<ChecklistItem>()
            .Select(item => Task.Run(() => w.Registration.TickAsync(IntakeWorld.Officer, id, item, true))));

        Assert.Equal(4, views.Length);
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.SupportRequestId == id);
        Assert.True(registration.Complete);
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "ChecklistTicked" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
