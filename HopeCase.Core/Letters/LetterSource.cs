using System.Globalization;
using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Letters;

/// <summary>
/// Rebuilds a queued letter's content from the database by its key, when the background job runs. The job storage
/// (and the Admin's /jobs) so carries only the key ("request:12:receipt", "request:12:withdrawal",
/// "decision:7:letter", "session:3:minutes"), never a name, address or ID number.
/// </summary>
public sealed class LetterSource(IDbContextFactory<HopeDb> dbs, IOptions<PolicyOptions> policy)
{
    public async Task<LetterContent> BuildAsync(string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new InvalidOperationException($"Unknown letter key '{key}'.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var content = (parts[0], parts[2]) switch
        {
            ("request", "receipt") => RequestLetters.Receipt(await RequestAsync(db, id, ct)),
            ("request", "withdrawal") => await WithdrawalAsync(db, id, ct),
            ("decision", "letter") => await DecisionAsync(db, id, ct),
            ("session", "minutes") => await CommitteeService.MinutesAsync(db, id, ct),
            _ => throw new InvalidOperationException($"Unknown letter key '{key}'."),
        };
        return content with { IdempotencyKey = key };
    }

    private static Task<SupportRequest> RequestAsync(HopeDb db, int requestId, CancellationToken ct) =>
        db.Requests.AsNoTracking().Include(r => r.Beneficiary).Include(r => r.Events).AsSplitQuery().SingleAsync(r => r.Id == requestId, ct);

    private static async Task<LetterContent> WithdrawalAsync(HopeDb db, int requestId, CancellationToken ct)
    {
        var request = await RequestAsync(db, requestId, ct);
        // The withdrawal's own timeline line: "<channel>: <reason>", at the moment it was recorded.
        var line = request.Events.Where(e => e.To == RequestStatus.Withdrawn).OrderBy(e => e.At).ThenBy(e => e.Id).LastOrDefault()
            ?? throw new InvalidOperationException($"Request {requestId} has not been withdrawn: it has no withdrawal letter.");
        var note = line.Note ?? "";
        var cut = note.IndexOf(": ", StringComparison.Ordinal);
        return RequestLetters.Withdrawal(request, cut < 0 ? note : note[(cut + 2)..], line.At);
    }

    private async Task<LetterContent> DecisionAsync(HopeDb db, int decisionId, CancellationToken ct)
    {
        var decision = await db.CommitteeDecisions.AsNoTracking().SingleAsync(d => d.Id == decisionId, ct);
        var request = await RequestAsync(db, decision.SupportRequestId, ct);
        return CommitteeService.DecisionLetter(request, decision, policy.Value)
            ?? throw new InvalidOperationException($"Decision {decisionId} implies no letter.");
    }
}
