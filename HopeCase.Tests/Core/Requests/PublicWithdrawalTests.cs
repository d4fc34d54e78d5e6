using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>
/// Issue 10 item 6, follow-up: the service that withdraws a request from the website refuses it without the withdrawal's
/// own one-time code when an SMS provider is set, whatever page or post calls it. Codes come from a real HTTP gateway on 127.0.0.1.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class PublicWithdrawalTests
{
    private const string Reason = "وجدنا دعمًا من جهة أخرى";

    private static async Task<(ResearchWorld W, int Id, string Reference, string Last4)> OpenAsync()
    {
        var w = await ResearchWorld.CreateAsync();
        var id = await w.AwaitingCommitteeAsync();
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var r = await db.Requests.AsNoTracking().Include(x => x.Beneficiary).SingleAsync(x => x.Id == id);
        return (w, id, r.PublicReference, r.Beneficiary!.NationalId[^4..]);
    }

    private static PublicWithdrawalService Service(ResearchWorld w, PublicCodeService codes) =>
        new(w.Intake.Dbs, new WithdrawalService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock, w.Intake.Notifier, w.Intake.Letters), codes);

    private static async Task<int> WithdrawalsAuditedAsync(ResearchWorld w, int id)
    {
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.CountAsync(a => a.Action == "RequestWithdrawn" && a.EntityId == key);
    }

    [Fact]
    public async Task A_withdrawal_is_refused_without_a_code_with_a_wrong_one_or_an_appeal_code_and_done_once_with_its_own()
    {
        using var gateway = new SmsGateway();
        var (w, id, reference, last4) = await OpenAsync();
        await using var _ = w;
        var codes = PublicCodes.Service(w.Intake, new MessagingOptions { SmsProvider = "http", SmsGatewayUrl = gateway.Url });
        var withdrawals = Service(w, codes);
        Assert.True(withdrawals.CodeRequired);

        var none = await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", null));
        Assert.Equal("Requests.CodeWrong", none.Code);

        Assert.Equal(PublicCodeSend.Sent, await codes.SendAsync(id, PublicCodeService.Appeal));
        var appeal = PublicCodes.SentTo(gateway, id, PublicCodeService.Appeal);
        await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", appeal));

        Assert.Equal(PublicCodeSend.Sent, await withdrawals.SendCodeAsync(reference, last4));
        var code = PublicCodes.SentTo(gateway, id, PublicCodeService.Withdraw);
        Assert.NotEqual(code, appeal);
        var wrong = code == "000000" ? "000001" : "000000";
        await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", wrong));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(id)).Status);
        Assert.Equal(0, await WithdrawalsAuditedAsync(w, id));

        Assert.True(await withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", code));
        Assert.Equal(RequestStatus.Withdrawn, (await w.RequestAsync(id)).Status);
        Assert.Equal(1, await WithdrawalsAuditedAsync(w, id));
        // The used code does not withdraw again, and a wrong pair sends nothing.
        await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", code));
        Assert.Equal(1, await WithdrawalsAuditedAsync(w, id));
        Assert.Null(await withdrawals.SendCodeAsync(reference, last4 == "0000" ? "1111" : "0000"));
    }

    [Fact]
    public async Task Without_a_provider_no_code_is_needed_and_a_wrong_pair_withdraws_nothing()
    {
        var (w, id, reference, last4) = await OpenAsync();
        await using var _ = w;
        var withdrawals = Service(w, PublicCodes.Service(w.Intake, new()));
        Assert.False(withdrawals.CodeRequired);

        var wrong = last4 == "0000" ? "1111" : "0000";
        Assert.False(await withdrawals.MatchesAsync(reference, wrong));
        Assert.False(await withdrawals.WithdrawAsync(reference, wrong, Reason, "203.0.113.9", null));
        Assert.False(await withdrawals.WithdrawAsync("HC-0000-00000", last4, Reason, "203.0.113.9", null));
        await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, "  ", "203.0.113.9", null));
        await Assert.ThrowsAsync<CaseRuleException>(() => withdrawals.WithdrawAsync(reference, last4, new string('x', WithdrawalService.MaxReasonLength + 1), "203.0.113.9", null));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(id)).Status);
        Assert.Equal(0, await WithdrawalsAuditedAsync(w, id));

        Assert.True(await withdrawals.MatchesAsync(reference, last4));
        Assert.True(await withdrawals.WithdrawAsync(reference, last4, Reason, "203.0.113.9", null));
        Assert.Equal(RequestStatus.Withdrawn, (await w.RequestAsync(id)).Status);
        Assert.Equal(1, await WithdrawalsAuditedAsync(w, id));
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "RequestWithdrawn" && a.Origin == "203.0.113.9"));
    }
}
