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
        new("/", "Shell.NavHome", Icons.Material.Filled.Home, []),
        new("/beneficiaries", "Beneficiaries.Nav", Icons.Material.Filled.People, [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.CommitteeMember]),
        new("/inquiries", "Inquiries.QueueUnanswered", Icons.Material.Filled.QuestionAnswer, [Roles.RelationsOfficer]),
        new("/requests/received", "Requests.QueueReceived", Icons.Material.Filled.Inbox, [Roles.RelationsOfficer]),
        new("/requests/drafts", "Requests.QueueDrafts", Icons.Material.Filled.EditNote, [Roles.RelationsOfficer]),
        new("/referrals", "Referrals.Queue", Icons.Material.Filled.ContactSupport, [Roles.ResearchOfficer]),
        new("/requests/submitted", "Requests.QueueToStudy", Icons.Material.Filled.Assignment, [Roles.ResearchOfficer]),
        new("/research", "Research.Nav", Icons.Material.Filled.FactCheck, [Roles.ResearchOfficer, Roles.Manager]),
        new("/committee", "Committee.Nav", Icons.Material.Filled.Groups, [Roles.CommitteeMember, Roles.Manager]),
        new("/registration", "Registration.Nav", Icons.Material.Filled.HowToReg, [Roles.RelationsOfficer, Roles.Manager]),
        new("/services", "ServiceDelivery.Nav", Icons.Material.Filled.EventNote, [Roles.ServiceProvider, Roles.Manager]),
        new("/admin/guides", "Inquiries.NavGuides", Icons.Material.Filled.MenuBook, [Roles.Admin]),
        new("/admin/users", "Staff.Nav", Icons.Material.Filled.ManageAccounts, [Roles.Admin]),
        new("/admin/holidays", "Organisation.HolidaysNav", Icons.Material.Filled.EventBusy, [Roles.Admin]),
        new("/admin/messaging", "Messaging.TestNav", Icons.Material.Filled.Send, [Roles.Admin]),
        new("/admin/organisation", "Organisation.Nav", Icons.Material.Filled.Business, [Roles.Admin, Roles.Manager]),
        new("/admin/audit", "Audit.Nav", Icons.Material.Filled.Policy, [Roles.Admin, Roles.Manager]),
        new("/letters", "Letters.NavRegister", Icons.Material.Filled.Mail, [Roles.Admin, Roles.Manager, Roles.RelationsOfficer]),
        new("/admin/letter-templates", "Letters.NavTemplates", Icons.Material.Filled.EditNote, [Roles.Admin]),
        new("/admin/letterhead", "Letters.NavLetterhead", Icons.Material.Filled.Image, [Roles.Admin]),
        new("/dashboard", "Dashboard.Nav", Icons.Material.Filled.Insights, [Roles.Manager, Roles.Admin]),
        new("/feedback", "Feedback.Nav", Icons.Material.Filled.Feedback, [Roles.RelationsOfficer, Roles.Manager, Roles.Admin]),
        new("/feedback/follow-ups", "Surveys.NavFollowUps", Icons.Material.Filled.AssignmentLate, [Roles.Manager, Roles.Admin]),
        new("/feedback/surveys/new", "Surveys.NavRecordSurvey", Icons.Material.Filled.RateReview, [Roles.RelationsOfficer, Roles.Manager]),
        new("/internal-services", "Surveys.InternalNav", Icons.Material.Filled.CorporateFare, [Roles.RelationsOfficer, Roles.Manager]),
        new("/feedback/improvements", "Feedback.NavImprovements", Icons.Material.Filled.AutoFixHigh, [Roles.Manager, Roles.Admin]),
        new("/contacts/supporters", "Contacts.Supporters", Icons.Material.Filled.VolunteerActivism, [Roles.RelationsOfficer, Roles.Manager]),
        new("/me/reminders", "Deadlines.ReminderChannels", Icons.Material.Filled.NotificationsActive, []),
        new("/jobs", "Shell.NavJobs", Icons.Material.Filled.Schedule, [Roles.Admin], ForceLoad: true),
    ];

    public static IEnumerable<NavItem> ForRole(string role) => All.Where(i => i.Roles.Contains(role));
}
