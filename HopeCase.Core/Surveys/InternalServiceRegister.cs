using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Surveys;

public sealed record InternalServiceInput(int DepartmentId, string StaffId, string Description, DateOnly ServedOn);

public sealed record DepartmentView(int Id, string NameAr, string NameEn, string? ContactName, string? ContactEmail, string? ContactMobile, bool Active);

public sealed record DepartmentContact(string? Name, string? Email, string? Mobile, bool Active);

/// <summary>Invited: the survey was queued to the department's contact; Answered: the link was used.</summary>
public sealed record InternalServiceView(int Id, int DepartmentId, string DepartmentAr, string DepartmentEn, string StaffName, string Description,
    DateOnly ServedOn, string RecordedByName, DateTimeOffset CreatedAt, bool Invited, bool Answered);

/// <summary>Why an internal service was not recorded.</summary>
public enum InternalServiceProblem
{
    None,
    UnknownDepartment,
    NoContact,
    UnknownStaff,
    NoDescription,
    FutureDate,
}

public sealed record InternalServiceResult(InternalServiceProblem Problem, int? Id = null);

/// <summary>
/// Internal beneficiaries (P-3.8): a department's service from the association's staff is recorded here, and its
/// survey link is queued to the department's contact in the same transaction, with the audit entry. The link is in
/// the message only (staff read it masked), and the department answers on the same public page as a beneficiary.
/// </summary>
public sealed class InternalServiceRegister(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, IOptions<FeedbackOptions> options, SurveyInviter inviter)
{
    public static readonly string[] RecordingRoles = [Roles.Manager, Roles.RelationsOfficer];

    public async Task<IReadOnlyList<DepartmentView>> DepartmentsAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read the internal departments", RecordingRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.InternalDepartments.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new DepartmentView(d.Id, d.NameAr, d.NameEn, d.ContactName, d.ContactEmail, d.ContactMobile, d.Active)).ToListAsync(ct);
    }

    /// <summary>The staff a department may have been served by: every active account.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list the staff for an internal service", RecordingRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new StaffMember(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    /// <summary>Adds a department to the managed list (Manager only); null when the name is taken or empty.</summary>
    public async Task<int?> AddDepartmentAsync(Actor actor, string nameAr, string nameEn, DepartmentContact contact, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "add an internal department", Roles.Manager);
        ArgumentNullException.ThrowIfNull(contact);
        if (string.IsNullOrWhiteSpace(nameAr))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.InternalDepartments.AnyAsync(d => d.NameAr == nameAr.Trim(), ct))
        {
            return null;
        }
        var d = new InternalDepartment(nameAr, nameEn);
        d.SetContact(contact.Name, contact.Email, contact.Mobile, contact.Active);
        db.InternalDepartments.Add(d);
        await audit.SaveNewAsync(db, actor, "InternalDepartmentAdded", "InternalDepartment", () => d.Id.ToString(CultureInfo.InvariantCulture), d.NameEn, ct);
        return d.Id;
    }

    /// <summary>Sets who in the department receives the survey links (Manager only). False when the mobile or e-mail is not valid.</summary>
    public async Task<bool> SetContactAsync(Actor actor, int departmentId, DepartmentContact contact, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "set an internal department's contact", Roles.Manager);
        ArgumentNullException.ThrowIfNull(contact);
        string? mobile = null;
        if (!string.IsNullOrWhiteSpace(contact.Mobile) && (mobile = SaudiMobile.Normalize(contact.Mobile)) is null)
        {
            return false;
        }
        if (!string.IsNullOrWhiteSpace(contact.Email) && !contact.Email.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var d = await db.InternalDepartments.SingleAsync(x => x.Id == departmentId, ct);
        d.SetContact(contact.Name, contact.Email, mobile, contact.Active);
        audit.Add(db, actor, "InternalDepartmentContactSet", "InternalDepartment", departmentId.ToString(CultureInfo.InvariantCulture), contact.Active ? "active" : "inactive");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Records the service and queues its survey to the department's contact: one transaction with the audit entry.</summary>
    public async Task<InternalServiceResult> RecordAsync(Actor actor, InternalServiceInput input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record an internal service", RecordingRoles);
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            return new(InternalServiceProblem.NoDescription);
        }
        if (input.ServedOn > SaudiTime.LocalDate(now))
        {
            return new(InternalServiceProblem.FutureDate);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var department = await db.InternalDepartments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == input.DepartmentId && d.Active, ct);
        if (department is null)
        {
            return new(InternalServiceProblem.UnknownDepartment);
        }
        if (department.ContactEmail is null && department.ContactMobile is null)
        {
            return new(InternalServiceProblem.NoContact);
        }
        var staff = await db.Users.AsNoTracking().Where(u => u.Id == input.StaffId && u.IsActive).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        if (staff is null)
        {
            return new(InternalServiceProblem.UnknownStaff);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var service = new InternalService(department.Id, input.StaffId, staff, input.Description, input.ServedOn, actor.UserId ?? "", actor.UserName ?? "", now);
        db.InternalServices.Add(service);
        await audit.SaveNewAsync(db, actor, "InternalServiceRecorded", "InternalService", () => service.Id.ToString(CultureInfo.InvariantCulture),
            $"department {department.Id}", ct);
        var token = SurveyService.NewToken();
        var expires = now.AddDays(options.Value.SurveyLinkDays);
        db.SurveyInvitations.Add(SurveyInvitation.ForInternal(SurveyService.Hash(token), service, now, expires));
        var values = new Dictionary<string, string> { ["link"] = inviter.LinkFor(token), ["date"] = DualDate.Numeric(expires, CultureInfo.GetCultureInfo("ar-SA")) };
        var key = $"survey:internal:{service.Id}";
        if (department.ContactMobile is not null)
        {
            Outbox.QueueTo(db, MessageChannel.Sms, department.ContactMobile, MessageKind.SurveyInvitation, key, "ar", values, now);
        }
        if (department.ContactEmail is not null)
        {
            Outbox.QueueTo(db, MessageChannel.Email, department.ContactEmail, MessageKind.SurveyInvitation, key, "ar", values, now);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(InternalServiceProblem.None, service.Id);
    }

    /// <summary>The latest recorded services, newest first, with whether each survey was sent and answered.</summary>
    public async Task<IReadOnlyList<InternalServiceView>> ListAsync(Actor actor, int take = 200, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list internal services", RecordingRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await (from s in db.InternalServices.AsNoTracking()
                          join d in db.InternalDepartments on s.DepartmentId equals d.Id
                          orderby s.Id descending
                          select new InternalServiceView(s.Id, d.Id, d.NameAr, d.NameEn, s.StaffName, s.Description, s.ServedOn, s.RecordedByName, s.CreatedAt,
                              db.SurveyInvitations.Any(i => i.InternalServiceId == s.Id),
                              db.SurveyInvitations.Any(i => i.InternalServiceId == s.Id && i.UsedAt != null))).Take(take).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "InternalServicesListed", "InternalService", list.Select(s => s.Id), ct: ct);
        return list;
    }
}
