using System.Security.Claims;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Account;

/// <summary>
/// Who is acting, read fresh from the database on every call: roles and the active flag come from the user's
/// record, not from a cookie that may be a minute old. Services authorise against this.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider auth, IDbContextFactory<HopeDb> dbs, IHttpContextAccessor http)
{
    public async Task<Actor> GetAsync(CancellationToken ct = default)
    {
        var state = await auth.GetAuthenticationStateAsync();
        var actor = await ResolveAsync(dbs, state.User, ct);
        // The client's address for the audit trail ("from where"); on an open page this is the page's connection.
        return actor with { Origin = http.HttpContext?.Connection.RemoteIpAddress?.ToString() };
    }

    public static async Task<Actor> ResolveAsync(IDbContextFactory<HopeDb> dbs, ClaimsPrincipal principal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return Anonymous;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Anonymous;
        }
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select r.Name!).ToListAsync(ct);
        return new Actor(user.Id, string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName, roles.ToHashSet(StringComparer.Ordinal));
    }

    public static Actor Anonymous { get; } = new(null, null, new HashSet<string>());
}
