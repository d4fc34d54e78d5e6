using HopeCase.Core.Committee;
using HopeCase.Core.Messaging;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Committee;

/// <summary>
/// Issue 10 item 6: with an SMS provider set, the service that files a website appeal refuses it without the appeal's own
/// one-time code, whatever page or post calls it. The codes come from a real HTTP gateway on 127.0.0.1.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class PublicAppealCodeTests
{
    [Fact]
    public async Task An_appeal_is_refused_without_a_code_with_a_wrong_one_or_a_withdrawal_code_and_filed_with_its_own()
    {
        using var gateway = new SmsGateway();
        var (w, id, reference, last4) = await PublicAppealTests.RejectedAsync();
        await using var _ = w;
        var codes = PublicCodes.Service(w.Intake, new MessagingOptions { SmsProvider = "http", SmsGatewayUrl = gateway.Url });
        var appeals = new PublicAppealService(w.Intake.Dbs, w.Committee, codes);
        Assert.True(appeals.CodeRequired);
        const string grounds = "تغيّر دخل الأسرة بعد فقد الوظيفة";

        var none = await Assert.ThrowsAsync<CaseRuleException>(() => appeals.AppealAsync(reference, last4, grounds, "203.0.113.9", null));
        Assert.Equal("Requests.CodeWrong", none.Code);

        Assert.Equal(PublicCodeSend.Sent, await codes.SendAsync(id, PublicCodeService.Withdraw));
        var withdrawal = PublicCodes.SentTo(gateway, id, PublicCodeService.Withdraw);
        await Assert.ThrowsAsync<CaseRuleException>(() => appeals.AppealAsync(reference, last4, grounds, "203.0.113.9", withdrawal));

        Assert.Equal(PublicCodeSend.Sent, await appeals.SendCodeAsync(reference, last4));
        var code = PublicCodes.SentTo(gateway, id, PublicCodeService.Appeal);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.NotEqual(code, withdrawal);
        var wrong = code == "000000" ? "000001" : "000000";
        await Assert.ThrowsAsync<CaseRuleException>(() => appeals.AppealAsync(reference, last4, grounds, "203.0.113.9", wrong));
        Assert.Equal(RequestStatus.Rejected, (await w.RequestAsync(id)).Status);

        Assert.True(await appeals.AppealAsync(reference, last4, grounds, "203.0.113.9", code));
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(id)).Status);
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        Assert.NotNull((await db.PublicCodes.AsNoTracking().SingleAsync(c => c.SupportRequestId == id && c.Purpose == PublicCodeService.Appeal)).UsedAtMs);
        // A wrong pair sends nothing.
        Assert.Null(await appeals.SendCodeAsync(reference, last4 == "0000" ? "1111" : "0000"));
    }
}
