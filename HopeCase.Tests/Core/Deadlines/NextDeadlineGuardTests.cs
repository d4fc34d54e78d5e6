using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>
/// The sweep writes a request's next check into its own narrow row, guarded by the request's version that row holds:
/// the row must follow every move, so a sweep that read the request before a person moved it writes nothing.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class NextDeadlineGuardTests
{
    [Fact]
    public async Task The_next_check_row_follows_every_move_and_a_stale_sweep_write_leaves_it()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var id = await w.SubmittedAsync();
        var submitted = await w.RequestAsync(id);
        Assert.Equal(submitted.Version, submitted.NextCheck!.RequestVersion);
        var at = submitted.NextDeadlineAt!.Value;

        // Assigning moves the request without touching its clock: the row still takes the new version.
        await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        var assigned = await w.RequestAsync(id);
        Assert.Equal(submitted.Version + 1, assigned.Version);
        Assert.Equal(assigned.Version, assigned.NextCheck!.RequestVersion);

        // A sweep that read the request before the move writes nothing; one that read it after writes its value.
        var later = at.AddDays(7);
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(0, await BulkUpdate.SetAsync<NextDeadline>(db, nameof(NextDeadline.RequestId), nameof(NextDeadline.RequestVersion), nameof(NextDeadline.At),
                [(id, submitted.Version, later)]));
        }
        Assert.Equal(at, (await w.RequestAsync(id)).NextDeadlineAt);
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(1, await BulkUpdate.SetAsync<NextDeadline>(db, nameof(NextDeadline.RequestId), nameof(NextDeadline.RequestVersion), nameof(NextDeadline.At),
                [(id, assigned.Version, later)]));
        }
        Assert.Equal(later, (await w.RequestAsync(id)).NextDeadlineAt);
    }
}
