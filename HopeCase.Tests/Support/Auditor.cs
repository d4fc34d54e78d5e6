using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Support;

/// <summary>The administrator a test reads the audit trail as, and the chain key of a test database.</summary>
public static class Auditor
{
    public static Actor Actor { get; } = new("auditor-test", "auditor", new HashSet<string> { HopeCase.Core.Staff.Roles.Admin });

    /// <summary>The chain key of a test database, from the key file <see cref="TestDb"/> gives it.</summary>
    public static byte[] KeyOf(IDbContextFactory<HopeDb> dbs)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        using var db = dbs.CreateDbContext();
        var provider = db.Database.IsNpgsql() ? DataProvider.Postgres : DataProvider.Sqlite;
        return AuditChainKey.Resolve(null, TestDb.ChainKeyFile(db.Database.GetConnectionString()!, provider));
    }
}
