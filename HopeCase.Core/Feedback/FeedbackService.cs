using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Feedback;

public sealed record FeedbackInput(FeedbackKind Kind, FeedbackCategory Category, ContactChannel Channel, string Text, FeedbackSender Sender);

[PersonalData]
public sealed record FeedbackView(int Id, string Reference, FeedbackKind Kind, FeedbackCategory Category, ContactChannel Channel, string Text, bool Anonymous,
    string? SenderName, string? SenderMobile, string? SenderEmail, int? BeneficiaryId, DateTimeOffset ReceivedAt, DateTimeOffset DueAt,
    string? AssigneeId, string? AssigneeName, FeedbackStatus Status, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredByName, int Reminders);

/// <summary>Suggestions and complaints (P-2): received, assigned, answered within the working-day deadline.</summary>
public sealed class FeedbackService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, IOptions<FeedbackOptions> options)
{
    public static readonly string[] StaffRoles = [Roles.RelationsOfficer, Roles.Manager, Roles.Admin];
    public static readonly string[] ManagerRoles = [Roles.Manager, Roles.Admin];

    /// <summary>From the public site: no actor; the channel is the website.</summary>
    public async Task<string> SubmitPublicAsync(FeedbackKind kind, FeedbackCategory category, string text, FeedbackSender sender, CancellationToken ct = default)
    {
        var id = await AddAsync(new FeedbackInput(kind, category, ContactChannel.Website, text, sender with { BeneficiaryId = null }), null, null, ct);
        return $"FB-{id:000000}";
    }

    public async Task<int> RecordAsync(Actor actor, FeedbackInput input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a suggestion or complaint", StaffRoles);
        // The item and its audit entry commit in one transaction (docs/adr/0018).
        return await AddAsync(input, actor.UserName, actor, ct);
    }

    private async Task<int> AddAsync(FeedbackInput input, string? by, Actor? actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > 4000)
        {
            throw new ArgumentException("The text is required (up to 4000 characters).", nameof(input));
        }
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = new FeedbackItem(input.Kind, input.Category, input.Channel, input.Text, input.Sender, now, WorkingDays.Add(now, options.Value.ResponseWorkingDays, await HolidayCalendar.LoadAsync(db, ct)), by);
        db.FeedbackItems.Add(item);
        if (actor is null)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await audit.SaveNewAsync(db, actor, "FeedbackRecorded", "FeedbackItem", () => item.Id.ToString(CultureInfo.InvariantCulture), input.Kind.ToString(), ct);
        }
        return item.Id;
    }

    public async Task<IReadOnlyList<FeedbackView>> ListAsync(Actor actor, FeedbackStatus? status = null, int? id = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read suggestions and complaints", StaffRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.FeedbackItems.AsNoTracking();
        if (status is { } s)
        {
            q = q.Where(f => f.Status == s);
        }
        if (id is { } one)
        {
            q = q.Where(f => f.Id == one);
        }
        // Relations officers see what is assigned to them; managers see everything.
        if (!actor.IsInAny(ManagerRoles))
        {
            q = q.Where(f => f.AssigneeId == actor.UserId || f.AssigneeId == null);
        }
        var list = await q.OrderBy(f => f.Status).ThenBy(f => f.DueAt).Take(500)
            .Select(f => new FeedbackView(f.Id, "", f.Kind, f.Category, f.Channel, f.Text, f.Anonymous, f.SenderName, f.SenderMobile, f.SenderEmail,
                f.BeneficiaryId, f.ReceivedAt, f.DueAt, f.AssigneeId, f.AssigneeName, f.Status, f.Answer, f.AnsweredAt, f.AnsweredByName,
                db.FeedbackDeadlineEvents.Count(e => e.FeedbackItemId == f.Id)))
            .ToListAsync(ct);
        await audit.RecordShownAsync(actor, "FeedbackListRead", "FeedbackItem", list.Select(f => f.Id), $"status={status?.ToString() ?? "any"} id={id?.ToString(CultureInfo.InvariantCulture) ?? "any"}", ct);
        return list.Select(v => v with { Reference = $"FB-{v.Id:000000}" }).ToList();
    }

    public async Task<IReadOnlyList<(FeedbackThreshold Threshold, DateTimeOffset At, string? Who)>> DeadlineEventsAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read deadline reminders", StaffRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.FeedbackDeadlineEvents.AsNoTracking().Where(e => e.FeedbackItemId == id).OrderBy(e => e.Id)
            .Select(e => new { e.Threshold, e.At, e.NotifiedName }).ToListAsync(ct);
        await audit.RecordAsync(actor, "FeedbackDeadlinesRead", "FeedbackItem", id.ToString(CultureInfo.InvariantCulture), null, ct);
        return rows.Select(e => (e.Threshold, e.At, e.NotifiedName)).ToList();
    }

    /// <summary>Staff who may be given an item: relations officers and managers, active only.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AssigneesAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list assignees", ManagerRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where u.IsActive && (r.Name == Roles.RelationsOfficer || r.Name == Roles.Manager)
                          select new { u.Id, u.DisplayName, u.UserName }).Distinct().ToListAsync(ct);
        return rows.Select(u => (u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName)).OrderBy(u => u.Item2, StringComparer.Ordinal).ToList();
    }

    public async Task AssignAsync(Actor actor, int id, string userId, string userName, FeedbackCategory? category = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "assign a suggestion or complaint", ManagerRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.FeedbackItems.SingleAsync(f => f.Id == id, ct);
        item.Assign(userId, userName);
        if (category is { } c)
        {
            item.Recategorise(c);
        }
        audit.Add(db, actor, "FeedbackAssigned", "FeedbackItem", id.ToString(CultureInfo.InvariantCulture), userName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the answer and, when the sender left a way to reach them, queues it to them through the outbox.</summary>
    public async Task AnswerAsync(Actor actor, int id, string answer, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "answer a suggestion or complaint", StaffRoles);
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new ArgumentException("The answer is required.", nameof(answer));
        }
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.FeedbackItems.SingleAsync(f => f.Id == id, ct);
        if (!actor.IsInAny(ManagerRoles) && item.AssigneeId != actor.UserId)
        {
            throw new ForbiddenException("answer an item assigned to someone else");
        }
        item.RecordAnswer(answer, now, actor.UserName);
        var values = new Dictionary<string, string> { ["reference"] = item.Reference, ["answer"] = item.Answer! };
        var key = $"feedback:{item.Id}:answer";
        if (item.BeneficiaryId is { } bid)
        {
            Outbox.Queue(db, await db.Beneficiaries.SingleAsync(b => b.Id == bid, ct), MessageKind.ComplaintAnswer, key, values, now);
        }
        else if (item.SenderMobile is not null && SaudiMobile.TryParse(item.SenderMobile, out var mobile))
        {
            Outbox.QueueTo(db, MessageChannel.Sms, mobile.Value.International, MessageKind.ComplaintAnswer, key, item.Culture, values, now);
        }
        else if (item.SenderEmail is not null)
        {
            Outbox.QueueTo(db, MessageChannel.Email, item.SenderEmail, MessageKind.ComplaintAnswer, key, item.Culture, values, now);
        }
        audit.Add(db, actor, "FeedbackAnswered", "FeedbackItem", id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
    }
}
