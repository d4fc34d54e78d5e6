using HopeCase.Core.Staff;
using MudBlazor;

namespace HopeCase.Web.Layout;

/// <summary>One place that says which role may open which page; the menu and the role home pages both read it.</summary>
public sealed record NavItem(string Href, string TitleKey, string Icon, IReadOnlyList<string> Roles, bool ForceLoad = false)
{
    public bool VisibleTo(Func<string, bool> isInRole) => Roles.Count == 0 || Roles.Any(isInRole);
}

public static class NavItems
{
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("/", "NavHome", Icons.Material.Filled.Home, []),
        new("/beneficiaries", "NavBeneficiaries", Icons.Material.Filled.People, [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.CommitteeMember]),
        new("/inquiries", "QueueUnanswered", Icons.Material.Filled.QuestionAnswer, [Roles.RelationsOfficer]),
        new("/requests/received", "QueueReceived", Icons.Material.Filled.Inbox, [Roles.RelationsOfficer]),
        new("/requests/drafts", "QueueDrafts", Icons.Material.Filled.EditNote, [Roles.RelationsOfficer]),
        new("/referrals", "QueueReferrals", Icons.Material.Filled.ContactSupport, [Roles.ResearchOfficer]),
        new("/requests/submitted", "QueueToStudy", Icons.Material.Filled.Assignment, [Roles.ResearchOfficer]),
        new("/research", "ResNavResearch", Icons.Material.Filled.FactCheck, [Roles.ResearchOfficer, Roles.Manager]),
        new("/committee", "ResNavCommittee", Icons.Material.Filled.Groups, [Roles.CommitteeMember, Roles.Manager]),
        new("/registration", "ResNavRegistration", Icons.Material.Filled.HowToReg, [Roles.RelationsOfficer, Roles.Manager]),
        new("/services", "ResNavServices", Icons.Material.Filled.EventNote, [Roles.ServiceProvider, Roles.Manager]),
        new("/admin/guides", "NavGuides", Icons.Material.Filled.MenuBook, [Roles.Admin]),
        new("/admin/users", "NavUsers", Icons.Material.Filled.ManageAccounts, [Roles.Admin]),
        new("/admin/organisation", "NavOrganisation", Icons.Material.Filled.Business, [Roles.Admin, Roles.Manager]),
        new("/admin/audit", "NavAudit", Icons.Material.Filled.Policy, [Roles.Admin, Roles.Manager]),
        new("/letters", "LetterNavRegister", Icons.Material.Filled.Mail, [Roles.Admin, Roles.Manager, Roles.RelationsOfficer]),
        new("/admin/letter-templates", "LetterNavTemplates", Icons.Material.Filled.EditNote, [Roles.Admin]),
        new("/admin/letterhead", "LetterNavLetterhead", Icons.Material.Filled.Image, [Roles.Admin]),
        new("/dashboard", "FbNavDashboard", Icons.Material.Filled.Insights, [Roles.Manager, Roles.Admin]),
        new("/feedback", "FbNavFeedback", Icons.Material.Filled.Feedback, [Roles.RelationsOfficer, Roles.Manager, Roles.Admin]),
        new("/feedback/follow-ups", "FbNavFollowUps", Icons.Material.Filled.AssignmentLate, [Roles.Manager, Roles.Admin]),
        new("/feedback/surveys/new", "FbNavRecordSurvey", Icons.Material.Filled.RateReview, [Roles.RelationsOfficer, Roles.Manager]),
        new("/feedback/improvements", "FbNavImprovements", Icons.Material.Filled.AutoFixHigh, [Roles.Manager, Roles.Admin]),
        new("/jobs", "NavJobs", Icons.Material.Filled.Schedule, [Roles.Admin], ForceLoad: true),
    ];

    public static IEnumerable<NavItem> ForRole(string role) => All.Where(i => i.Roles.Contains(role));
}
