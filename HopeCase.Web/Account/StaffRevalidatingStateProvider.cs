using System.Security.Claims;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Account;

/// <summary>
/// Re-checks an open interactive session every interval (a minute by default): a disabled user, or one whose
/// security stamp changed (password reset, roles changed), is signed out of the open page.
/// </summary>
internal sealed class StaffRevalidatingStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, TimeSpan interval, CircuitIdleTracker idle)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // An open page whose person has done nothing for the idle time is signed out, whatever its script says.
        if (idle.IdleFor > scope.ServiceProvider.GetRequiredService<AuthOptions>().IdleTimeout)
        {
            return false;
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var principal = authenticationState.User;
        var user = await users.GetUserAsync(principal);
        if (user is null || !user.IsActive)
        {
            return false;
        }
        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }
        var stampClaim = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var principalStamp = principal.FindFirstValue(stampClaim);
        return principalStamp == await users.GetSecurityStampAsync(user);
    }
}
