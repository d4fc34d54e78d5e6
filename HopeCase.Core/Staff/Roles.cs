namespace HopeCase.Core.Staff;

/// <summary>The staff roles; a user may hold several.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string RelationsOfficer = "RelationsOfficer";
    public const string ResearchOfficer = "ResearchOfficer";
    public const string CommitteeMember = "CommitteeMember";
    public const string ServiceProvider = "ServiceProvider";

    /// <summary>Not a staff role: the jobs and the public website act as the system.</summary>
    public const string System = "System";

    public static IReadOnlyList<string> All { get; } =
        [Admin, Manager, RelationsOfficer, ResearchOfficer, CommitteeMember, ServiceProvider];
}
