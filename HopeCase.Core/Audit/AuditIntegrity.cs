using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Audit;

/// <summary>The administrator's check of the chain (the admin page and the <c>verify-audit</c> command).</summary>
public sealed class AuditIntegrity(IDbContextFactory<HopeDb> dbs, AuditLog audit, Func<byte[]> key)
{
    public async Task<AuditVerification> VerifyAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "verify the audit trail", Staff.Roles.Admin, Staff.Roles.System);
        var result = await AuditVerifier.VerifyAsync(dbs, key(), ct);
        await audit.RecordAsync(actor, "AuditVerified", "AuditEntry", result.BrokenId?.ToString(System.Globalization.CultureInfo.InvariantCulture), result.ToString(), ct);
        return result;
    }
}
