using System.Globalization;
using HopeCase.Core.Arabic;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

/// <summary>The letters the committee's work implies: the decision letter of a decided request and the minutes of a closed session.</summary>
public sealed partial class CommitteeService
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar-SA");

    /// <summary>One decision letter per decision, however often its job runs.</summary>
    internal static string DecisionLetterKey(int decisionId) => $"decision:{decisionId.ToString(CultureInfo.InvariantCulture)}:letter";

    /// <summary>The minutes of a closed session, from its recorded members, votes, decisions and declared conflicts.</summary>
    internal static async Task<LetterContent> MinutesAsync(HopeDb db, int sessionId, CancellationToken ct)
    {
        var session = await db.CommitteeSessions.AsNoTracking().Include(s => s.Members).Include(s => s.Items).ThenInclude(i => i.Votes)
            .Include(s => s.Items).ThenInclude(i => i.Decision).AsSplitQuery().SingleAsync(s => s.Id == sessionId, ct);
        var ids = session.Items.Select(i => i.SupportRequestId).ToList();
        var refs = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reference ?? r.Id.ToString(CultureInfo.InvariantCulture), ct);
        var itemIds = session.Items.Select(i => i.Id).ToList();
        var conflicts = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => itemIds.Contains(c.AgendaItemId)).ToListAsync(ct);
        return Minutes(session, refs, conflicts);
    }

    private static LetterContent Minutes(CommitteeSession session, Dictionary<int, string> refs, IReadOnlyList<ConflictDeclaration> conflicts)
    {
        var lines = session.Items.OrderBy(i => i.Order).Select(i =>
        {
            var votes = string.Join("، ", i.Votes.Select(v => $"{v.MemberName}: {KindAr(v.Choice)}"));
            return $"{i.Order}- الطلب رقم {refs[i.SupportRequestId]}: {KindAr(i.Decision!.Kind)} (الأصوات: {votes})";
        });
        // Plain arrays and lists: the content travels through Hangfire's JSON, which cannot rebuild compiler-made collections.
        var present = session.Members.Where(m => m.Present).ToList();
        var absent = session.Members.Where(m => !m.Present).Select(m => m.Name ?? m.UserId).ToList();
        var order = session.Items.ToDictionary(i => i.Id, i => i);
        var conflictLines = conflicts.OrderBy(c => order[c.AgendaItemId].Order)
            .Select(c => $"{c.MemberName ?? c.MemberUserId} في الطلب رقم {refs[order[c.AgendaItemId].SupportRequestId]} ({c.Reason})، ولم يصوّت عليه").ToList();
        var rows = present
            .Select(m => (IReadOnlyList<string>)new[] { m.Name ?? m.UserId, m.UserId == session.ChairUserId ? "رئيس اللجنة" : "عضو" }).ToList();
        var values = new Dictionary<string, string>
        {
            ["SessionNumber"] = session.Title,
            ["SessionDate"] = DualDate.Written(session.HeldAt, Arabic),
            ["MembersPresent"] = $"{ArabicCount.Of(present.Count, ArabicCount.Member)} ({string.Join("، ", present.Select(m => m.Name ?? m.UserId))})",
            ["MembersAbsent"] = absent.Count == 0 ? "لا أحد" : string.Join("، ", absent),
            ["Conflicts"] = conflictLines.Count == 0 ? "لا توجد" : string.Join("\n", conflictLines),
            ["Decisions"] = string.Join("\n", lines),
        };
        return new LetterContent(LetterType.CommitteeMinutes, "ar", session.ChairName ?? "لجنة البحث", null, values, Array.Empty<string>(), rows,
            SubjectType: "CommitteeSession", SubjectId: Id(session.Id));
    }

    internal static LetterContent? DecisionLetter(SupportRequest request, CommitteeDecision d, PolicyOptions policy)
    {
        var b = request.Beneficiary!;
        var values = new Dictionary<string, string> { ["BeneficiaryName"] = b.FullName, ["RequestNumber"] = request.Reference ?? Id(request.Id) };
        LetterType type;
        switch (d.Kind)
        {
            case DecisionKind.Accepted:
                type = LetterType.Acceptance;
                values["Services"] = AcceptedSummary(d);
                break;
            case DecisionKind.Rejected:
                type = LetterType.Rejection;
                values["Reasons"] = $"{RejectionReasons.Arabic(d.RejectionReason!.Value)}: {d.Reasons}";
                values["AppealDeadline"] = DualDate.Written(d.DecidedAt.AddDays(policy.AppealDays), Arabic);
                break;
            case DecisionKind.NeedsInfo:
                type = LetterType.MissingInformation;
                values["MissingItems"] = d.MissingInfo!;
                values["DueDate"] = DualDate.Written(d.DecidedAt.AddDays(policy.DecisionWindowDays), Arabic);
                break;
            default:
                return null;
        }
        return new LetterContent(type, "ar", b.FullName, RequestLetters.PostalAddress(b), values, Array.Empty<string>(), null, b.Id, "SupportRequest", Id(request.Id));
    }

    internal static string AcceptedSummary(CommitteeDecision d)
    {
        var parts = new List<string> { d.Services ?? "" };
        if (d.SessionCount is { } n)
        {
            parts.Add($"عدد الجلسات: {n}");
        }
        if (d.Amount is { } a)
        {
            parts.Add($"المبلغ: {a.ToString("0.##", CultureInfo.InvariantCulture)} ريال");
        }
        if (d.DurationMonths is { } months)
        {
            parts.Add($"المدة: {ArabicCount.Of(months, ArabicCount.Month)}");
        }
        return string.Join("\n", parts);
    }

    private static string KindAr(DecisionKind kind) => kind switch
    {
        DecisionKind.Accepted => "مقبول",
        DecisionKind.Rejected => "مرفوض",
        DecisionKind.NeedsInfo => "بانتظار الاستيفاء",
        _ => "مؤجل",
    };
}
