using System.Security.Claims;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Account;

/// <summary>Adds the staff member's display name to the sign-in cookie, so pages greet people by name.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "hopecase:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }

    public static string DisplayName(ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayNameClaim) ?? user?.Identity?.Name ?? "";
}
