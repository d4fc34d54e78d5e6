using HopeCase.Core.DataExchange;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.DataExchange;

/// <summary>The request-list export: every request for the roles that see every file, only his own for a research officer, none for an admin; audited with the ids.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class RequestListRowsTests : IAsyncLifetime
{
    private ResearchWorld _w = default!;

    public async Task InitializeAsync() => _w = await ResearchWorld.CreateAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Each_role_exports_only_the_requests_it_may_read_and_the_export_is_audited_with_their_ids()
    {
        var first = await _w.SubmittedAsync(1);
        var second = await _w.SubmittedAsync(2, critical: true);
        var third = await _w.SubmittedAsync(3);
        await _w.Research.AssignAsync(IntakeWorld.Manager, second, ResearchWorld.Researcher.UserId!);
        RequestStatus status;
        await using (var db = await _w.Intake.Dbs.CreateDbContextAsync())
        {
            status = (await db.Requests.SingleAsync(r => r.Id == second)).Status;
        }
        var rows = new RequestListRows(_w.Intake.Dbs, _w.Intake.Audit);

        var managers = await rows.ReadAsync(IntakeWorld.Manager, RequestStatus.Submitted, false, "xlsx");
        var expected = status == RequestStatus.Submitted ? new[] { second, first, third } : [first, third];
        Assert.Equal(expected, managers.Select(r => r.Id));
        Assert.Equal([second], (await rows.ReadAsync(ResearchWorld.Researcher, status, false, "csv")).Select(r => r.Id));
        Assert.Empty(await rows.ReadAsync(ResearchWorld.Researcher2, status, false, "csv"));
        Assert.Empty(await rows.ReadAsync(ResearchWorld.Chair, status, false, "csv"));
        Assert.Equal([second], (await rows.ReadAsync(IntakeWorld.Officer, status, true, "xlsx")).Select(r => r.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => rows.ReadAsync(IntakeWorld.Admin, status, false, "xlsx"));

        await using var read = await _w.Intake.Dbs.CreateDbContextAsync();
        var audits = await read.AuditEntries.AsNoTracking().Where(a => a.Action == "RequestsExported").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(5, audits.Count);
        Assert.Equal("u-man", audits[0].UserId);
        Assert.StartsWith($"shown:{expected.Length}[{string.Join(",", expected)}] search:xlsx status=Submitted", audits[0].Details, StringComparison.Ordinal);
        Assert.StartsWith($"shown:1[{second}]", audits[1].Details, StringComparison.Ordinal);
        Assert.StartsWith("shown:0[]", audits[2].Details, StringComparison.Ordinal);
    }
}
