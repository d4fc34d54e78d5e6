using System.Globalization;
using HopeCase.Core.Contacts;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>Issue 14 item 11: a withdrawal stops the clock for good, keeps reason and channel, and queues the confirmation letter.</summary>
public sealed class WithdrawalTests
{
    private static WithdrawalService Service(IntakeWorld w) => new(w.Dbs, w.Audit, w.Clock, w.Notifier, w.Letters);

    private static async Task<int> SubmittedAsync(IntakeWorld w)
    {
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        Assert.True((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
        return id;
    }

    [Fact]
    public async Task An_officer_records_a_withdrawal_the_clock_stops_and_the_beneficiary_gets_a_letter()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await SubmittedAsync(w);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            Assert.NotNull((await db.Requests.SingleAsync(r => r.Id == id)).NextDeadlineAt);
        }

        await Service(w).WithdrawAsync(IntakeWorld.Officer, id, "وجد دعمًا من جهة أخرى", ContactChannel.Phone);

        await using var check = await w.Dbs.CreateDbContextAsync();
        var r = await check.Requests.Include(x => x.Events).SingleAsync(x => x.Id == id);
        Assert.Equal(RequestStatus.Withdrawn, r.Status);
        Assert.Null(r.NextDeadlineAt);
        Assert.Equal("Phone: وجد دعمًا من جهة أخرى", r.Events[^1].Note);
        var letter = Assert.Single(w.Letters.About(id), l => l.Content.Type == LetterType.WithdrawalConfirmation);
        Assert.Equal(RequestLetters.WithdrawalKey(id), letter.Key);
        Assert.Equal("وجد دعمًا من جهة أخرى", letter.Content.Values["Reasons"]);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "RequestWithdrawn" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_withdrawal_needs_a_reason_the_right_role_and_an_open_request()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await SubmittedAsync(w);
        var service = Service(w);
        await Assert.ThrowsAsync<CaseRuleException>(() => service.WithdrawAsync(IntakeWorld.Officer, id, "  ", ContactChannel.Phone));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.WithdrawAsync(IntakeWorld.Researcher, id, "سبب", ContactChannel.Phone));
        await service.WithdrawAsync(IntakeWorld.Manager, id, "سبب", ContactChannel.Interview);
        await Assert.ThrowsAsync<IllegalTransitionException>(() => service.WithdrawAsync(IntakeWorld.Officer, id, "مرة ثانية", ContactChannel.Phone));
        Assert.Single(w.Letters.About(id), l => l.Content.Type == LetterType.WithdrawalConfirmation);
    }
}
