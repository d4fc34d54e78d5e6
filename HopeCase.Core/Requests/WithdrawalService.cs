using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>
/// A beneficiary withdraws a request (issue 14 item 11): an officer records it with the reason and the channel it came
/// by, or the applicant withdraws from /track. The clock stops for good and the confirmation letter is queued.
/// </summary>
public sealed class WithdrawalService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier, ILetterQueue letters)
{
    public const int MaxReasonLength = 1000;

    public async Task WithdrawAsync(Actor actor, int requestId, string reason, ContactChannel channel, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a withdrawal", Roles.RelationsOfficer, Roles.Manager, Roles.System);
        reason = (reason ?? "").Trim();
        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            throw new CaseRuleException("Requests.WithdrawReasonRequired");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Events).Include(r => r.Beneficiary).SingleAsync(r => r.Id == requestId, ct);
        var from = request.Status;
        var now = clock.GetUtcNow();
        var move = request.Move(RequestTrigger.Withdraw, actor, now, $"{channel}: {reason}");
        // The audit entry commits with the move (and its timeline line, which the letter sweep finds if the letter's job is lost).
        audit.Add(db, actor, "RequestWithdrawn", "SupportRequest", requestId.ToString(CultureInfo.InvariantCulture),
            $"{request.Reference ?? "-"} {from}→{request.Status} channel:{channel}");
        await RequestMoves.SaveAsync(db, request, ct);
        if (move.Letter == MoveLetter.Withdrawal && request.Beneficiary is not null)
        {
            letters.Enqueue(RequestLetters.WithdrawalKey(request.Id), RequestLetters.Withdrawal(request, reason, now));
        }
        await notifier.PublishAsync(ChangeTopic.Requests);
    }
}
