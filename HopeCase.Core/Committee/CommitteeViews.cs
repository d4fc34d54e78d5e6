using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Core.Committee;

public sealed record SessionRow(int Id, string Title, DateTimeOffset HeldAt, string? ChairName, SessionStatus Status, int Items, int Decided);

public sealed record VoteView(string MemberUserId, string? MemberName, DecisionKind Choice, string? Note);

[PersonalData]
public sealed record DecisionView(int Id, DecisionKind Kind, string? Services, decimal? Amount, int? SessionCount, int? DurationMonths,
    RejectionReason? RejectionReason, string? Reasons, string? MissingInfo, DateTimeOffset DecidedAt, string? DecidedByName);

[PersonalData]
public sealed record AgendaRow(int ItemId, int RequestId, string? Reference, string BeneficiaryName, string TypeAr, string TypeEn, bool IsCritical,
    RequestStatus Status, int Version, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, double? DaysLeft, Recommendation? Recommendation,
    string? StudyReasons, string? ResearcherUserId, string? ResearcherName, bool IsAppeal, DecisionView? EarlierDecision, string? AppealGrounds,
    IReadOnlyList<VoteView> Votes, DecisionView? Decision);

/// <remarks>AbsentIds: members the chair recorded as absent; Conflicts: conflicts of interest declared on the agenda's items.</remarks>
public sealed record SessionView(int Id, string Title, DateTimeOffset HeldAt, string ChairUserId, string? ChairName, SessionStatus Status,
    IReadOnlyList<StaffMember> Members, int Quorum, IReadOnlyList<AgendaRow> Items, IReadOnlyList<string>? AbsentIds = null, IReadOnlyList<ConflictView>? Conflicts = null)
{
    public int Present => Members.Count(m => AbsentIds?.Contains(m.Id) != true);
}

public sealed record ConflictView(int ItemId, string MemberUserId, string? MemberName, string Reason);
