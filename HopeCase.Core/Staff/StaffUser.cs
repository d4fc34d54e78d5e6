using Microsoft.AspNetCore.Identity;

namespace HopeCase.Core.Staff;

/// <summary>A member of the association's staff who signs in to HopeCase.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and an open session is signed out at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
