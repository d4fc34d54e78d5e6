using Microsoft.AspNetCore.Identity;

namespace HopeCase.Core.Data;

/// <summary>A member of the association's staff who signs in to HopeCase.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and an open session is signed out at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

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
