using Microsoft.AspNetCore.Identity;

namespace HopeCase.Core.Staff;

/// <summary>A member of the association's staff who signs in to HopeCase.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and an open session is signed out at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last successful sign-in (shown to administrators beside the failed attempts).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Set when an administrator gives a temporary password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}
