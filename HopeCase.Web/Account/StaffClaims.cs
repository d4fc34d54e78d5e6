using System.Security.Claims;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Account;

/// <summary>Adds the staff member's display name (pages greet people by name) and whether a second factor is set up.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "hopecase:display-name";

    /// <summary>Present when the user has a second factor set up (read by <see cref="TwoFactorGate"/>).</summary>
    public const string SecondFactorClaim = "hopecase:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (await UserManager.GetTwoFactorEnabledAsync(user))
        {
            identity.AddClaim(new Claim(SecondFactorClaim, "true"));
        }
        return identity;
    }

    public static bool HasSecondFactor(ClaimsPrincipal user) => user?.HasClaim(SecondFactorClaim, "true") == true;

    public static string DisplayName(ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayNameClaim) ?? user?.Identity?.Name ?? "";
}
