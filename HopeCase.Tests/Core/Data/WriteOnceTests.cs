using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>Signed declarations, stored files, audit entries and timeline events are written once, never changed.</summary>
public sealed class WriteOnceTests
{
    [Fact]
    public void The_records_that_are_written_once_are_exactly_these()
    {
        var marked = typeof(HopeDb).Assembly.GetTypes().Where(t => t.IsClass && typeof(IWriteOnce).IsAssignableFrom(t)).Select(t => t.Name).Order();
        Assert.Equal(["AuditEntry", "Declaration", "RequestEvent", "StoredFile"], marked);
    }

    [Fact]
    public async Task Changing_or_removing_an_audit_entry_is_refused_and_the_row_stays()
    {
        using var folder = new TempFolder("write-once");
        var dbs = await TestDb.MigratedAsync(folder.File("hopecase.db"));
        await using (var db = await dbs.CreateDbContextAsync())
        {
            db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, "u1", "موظف", "BeneficiaryViewed", "Beneficiary", "7", null));
            await db.SaveChangesAsync();
        }

        await using (var db = await dbs.CreateDbContextAsync())
        {
            var entry = await db.AuditEntries.SingleAsync();
            db.Entry(entry).Property(e => e.Action).CurrentValue = "Nothing";
            Assert.Contains("cannot be changed", (await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message, StringComparison.Ordinal);
        }

        await using (var db = await dbs.CreateDbContextAsync())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var check = await dbs.CreateDbContextAsync())
        {
            Assert.Equal("BeneficiaryViewed", (await check.AuditEntries.SingleAsync()).Action);
        }
    }
}
