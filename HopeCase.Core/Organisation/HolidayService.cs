using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Organisation;

public sealed record HolidayView(int Id, DateOnly Date, string NameAr, string NameEn, bool Official);

/// <summary>The holidays list: everyone who works with deadlines may read it, administrators change it; every change audited.</summary>
public sealed class HolidayService(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public async Task<IReadOnlyList<HolidayView>> ListAsync(Actor actor, int? year = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the holidays", [.. Roles.All]);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = db.Holidays.AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(h => h.Date >= new DateOnly(y, 1, 1) && h.Date <= new DateOnly(y, 12, 31));
        }
        return await q.OrderBy(h => h.Date).Select(h => new HolidayView(h.Id, h.Date, h.NameAr, h.NameEn, h.Official)).ToListAsync(ct);
    }

    /// <summary>Adds the official holidays of a year that are not on the list yet; returns how many were added.</summary>
    public async Task<int> AddOfficialAsync(Actor actor, int year, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "add the official holidays", Roles.Admin, Roles.System);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var have = (await db.Holidays.Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        var add = HolidayCalendar.Official(year).Where(h => !have.Contains(h.Date)).ToList();
        db.Holidays.AddRange(add);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "HolidaysOfficialAdded", "Holiday", null, $"{year}: {add.Count} days", ct);
        return add.Count;
    }

    /// <summary>Adds one day; false when the day is already on the list or the name is empty.</summary>
    public async Task<bool> AddAsync(Actor actor, DateOnly date, string nameAr, string? nameEn, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "add a holiday", Roles.Admin);
        if (string.IsNullOrWhiteSpace(nameAr) || nameAr.Length > 200 || nameEn?.Length > 200)
        {
            return false;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Holidays.AnyAsync(h => h.Date == date, ct))
        {
            return false;
        }
        db.Holidays.Add(new Holiday(date, nameAr, string.IsNullOrWhiteSpace(nameEn) ? nameAr : nameEn, false));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "HolidayAdded", "Holiday", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nameAr, ct);
        return true;
    }

    public async Task<bool> RemoveAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "remove a holiday", Roles.Admin);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var h = await db.Holidays.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return false;
        }
        db.Holidays.Remove(h);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "HolidayRemoved", "Holiday", h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.NameAr, ct);
        return true;
    }
}
