using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Staff;

public sealed record StaffMember(string Id, string Name);

/// <summary>Active staff holding a role, read from the identity tables (ordered by id so round robin is stable).</summary>
public static class StaffDirectory
{
    public static async Task<IReadOnlyList<StaffMember>> InRoleAsync(HopeDb db, string role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from u in db.Users.AsNoTracking()
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == role && u.IsActive
                      orderby u.Id
                      select new StaffMember(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    public static async Task<StaffMember?> FindAsync(HopeDb db, string userId, string role, CancellationToken ct) =>
        (await InRoleAsync(db, role, ct)).FirstOrDefault(s => s.Id == userId);
}
