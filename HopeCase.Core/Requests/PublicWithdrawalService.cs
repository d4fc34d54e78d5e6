using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>
/// The applicant withdraws their own request from /track: the reference and last four ID digits identify it. With an SMS
/// provider set (issue 10 item 6), the withdrawal also needs the one-time code of purpose <see cref="PublicCodeService.Withdraw"/>,
/// checked here and not only on the page, so an appeal code or a post that skips the form withdraws nothing.
/// </summary>
public sealed class PublicWithdrawalService(IDbContextFactory<HopeDb> dbs, WithdrawalService withdrawals, PublicCodeService codes)
{
    /// <summary>Whether a code must be given with the withdrawal (an SMS provider that delivers is set).</summary>
    public bool CodeRequired => codes.Required;

    /// <summary>Whether the pair matches a request (the page counts a mismatch as a miss).</summary>
    public async Task<bool> MatchesAsync(string reference, string idLastFour, CancellationToken ct = default) =>
        await FindAsync(reference, idLastFour, ct) is not null;

    /// <summary>Sends the withdrawal's one-time code to the registered mobile; null when the pair matches no request.</summary>
    public async Task<PublicCodeSend?> SendCodeAsync(string reference, string idLastFour, CancellationToken ct = default) =>
        await FindAsync(reference, idLastFour, ct) is { } id ? await codes.SendAsync(id, PublicCodeService.Withdraw, ct) : null;

    /// <summary>
    /// Withdraws the request as the website; the reason is required, and the withdrawal code when <see cref="CodeRequired"/>
    /// (a missing or wrong one throws <see cref="CaseRuleException"/> "Requests.CodeWrong"). Returns false when the pair
    /// matches no request; a request that cannot be withdrawn throws <see cref="IllegalTransitionException"/>.
    /// </summary>
    public async Task<bool> WithdrawAsync(string reference, string idLastFour, string reason, string? origin, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > WithdrawalService.MaxReasonLength)
        {
            throw new CaseRuleException("Requests.WithdrawReasonRequired");
        }
        if (await FindAsync(reference, idLastFour, ct) is not { } id)
        {
            return false;
        }
        if (codes.Required && !await codes.VerifyAsync(id, PublicCodeService.Withdraw, code, ct))
        {
            throw new CaseRuleException("Requests.CodeWrong");
        }
        await withdrawals.WithdrawAsync(Actor.System with { Origin = origin, UserName = Organisation.Terms.WebsiteAr }, id, reason, ContactChannel.Website, ct);
        return true;
    }

    private Task<int?> FindAsync(string reference, string idLastFour, CancellationToken ct) =>
        PublicIntakeService.FindAsync(dbs, reference, idLastFour, ct);
}
