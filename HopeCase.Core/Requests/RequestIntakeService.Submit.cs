using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Messaging;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>Why a request cannot be submitted yet. Codes with the document's name, for a clear Arabic message.</summary>
public sealed record SubmitProblem(string Code, string? DocumentAr = null, string? DocumentEn = null, DateOnly? Date = null);

public sealed record SubmitResult(bool Submitted, IReadOnlyList<SubmitProblem> Problems, string? Reference, DateTimeOffset? DueAt);

/// <summary>The moves of intake: submission (or verification of a website request) and the refusal of an incomplete one.</summary>
public sealed partial class RequestIntakeService
{
    /// <summary>Checks what P-6.2 and P-6.4 require, on the given day.</summary>
    public static IReadOnlyList<SubmitProblem> Check(SupportRequest request, SupportType type, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(type);
        var problems = new List<SubmitProblem>();
        if (string.IsNullOrWhiteSpace(request.Description))
        {
            problems.Add(new("Description.Required"));
        }
        foreach (var need in type.Requirements)
        {
            var docs = request.Documents.Where(d => d.RequirementId == need.Id).ToList();
            if (docs.Count == 0)
            {
                problems.Add(new("Document.Missing", need.NameAr, need.NameEn));
            }
            else if (need.HasExpiry && docs.All(d => d.ExpiresOn is null))
            {
                problems.Add(new("Document.ExpiryMissing", need.NameAr, need.NameEn));
            }
            else if (need.HasExpiry && docs.All(d => d.ExpiresOn < day))
            {
                problems.Add(new("Document.Expired", need.NameAr, need.NameEn, docs.Max(d => d.ExpiresOn)));
            }
        }
        if (request.Declaration is null)
        {
            problems.Add(new("Declaration.Missing"));
        }
        return problems;
    }

    public Task<SubmitResult> SubmitAsync(Actor actor, int requestId, CancellationToken ct = default) =>
        MoveToSubmittedAsync(actor, requestId, RequestTrigger.Submit, ct);

    /// <summary>A request received from the website, checked by an officer, enters the committee's window like any other.</summary>
    public Task<SubmitResult> VerifyAsync(Actor actor, int requestId, CancellationToken ct = default) =>
        MoveToSubmittedAsync(actor, requestId, RequestTrigger.Verify, ct);

    private async Task<SubmitResult> MoveToSubmittedAsync(Actor actor, int requestId, RequestTrigger trigger, CancellationToken ct)
    {
        Guard.RequireRole(actor, "submit a request", Roles.RelationsOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Documents).Include(r => r.Declaration).Include(r => r.Events)
            .Include(r => r.Beneficiary).SingleAsync(r => r.Id == requestId, ct);
        RequestLifecycle.Require(request.Status, trigger, actor);
        var type = await db.SupportTypes.Include(t => t.Requirements).SingleAsync(t => t.Id == request.SupportTypeId, ct);
        var now = clock.GetUtcNow();
        var problems = Check(request, type, SaudiTime.LocalDate(now));
        if (problems.Count > 0)
        {
            return new SubmitResult(false, problems, null, null);
        }
        // Critical requests are fast-tracked: the move opens the short window.
        if (request.Beneficiary!.Risk == RiskLevel.Critical)
        {
            request.MarkCritical();
        }
        var move = request.Move(trigger, actor, now, DecisionWindow.From(policy.Value));
        request.SetReference($"{HijriDate.FromGregorian(SaudiTime.LocalDate(now)).Year}-{request.Id:000000}");
        Outbox.QueueReceipt(db, request.Beneficiary, request.Reference!, request.DueAt!.Value, now);
        audit.Add(db, actor, trigger == RequestTrigger.Submit ? "RequestSubmitted" : "RequestVerified", "SupportRequest", Id(requestId), request.Reference);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SubmitResult(false, [new("Request.ChangedByAnother")], null, null);
        }
        // Saved: only now is the letter the move implies queued (a move that rolled back has none).
        if (move.Letter == MoveLetter.Receipt)
        {
            letters.Enqueue(RequestLetters.ReceiptKey(request.Id), RequestLetters.Receipt(request));
        }
        await notifier.PublishAsync(ChangeTopic.Requests);
        return new SubmitResult(true, [], request.Reference, request.DueAt);
    }

    public async Task RejectIncompleteAsync(Actor actor, int requestId, string reason, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "close an incomplete request", Roles.RelationsOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId, ct);
        request.Move(RequestTrigger.RejectIncomplete, actor, clock.GetUtcNow(), reason);
        audit.Add(db, actor, "RequestRejectedIncomplete", "SupportRequest", Id(requestId), reason);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Requests);
    }
}
