using HopeCase.Core.Arabic;
using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HopeCase.Tests.Core.Beneficiaries;

/// <summary>
/// The name index's backfill runs at the one start that applies the index's migration, and not at later starts.
/// Pinned to SQLite: it migrates a file to the schema before the index (SQLite's own migration chain; PostgreSQL's
/// chain reaches the index in another, merged migration) and writes a file of that schema by hand.
/// </summary>
public class NameIndexBackfillTests
{
    [Fact]
    public async Task Files_from_before_the_index_are_indexed_at_the_start_that_adds_it_and_the_backfill_does_not_run_again()
    {
        using var folder = new TempFolder("backfill");
        var dbs = TestDb.Factory(DataSettings.Sqlite(folder.File("hopecase.db")));
        var indexMigration = HopeDatabase.NameIndexMigrations[0];
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var before = db.Database.GetMigrations().TakeWhile(m => m != indexMigration).Last();
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync($"PRAGMA application_id = {HopeDatabase.ApplicationId};"); // as that version's start left it
            await InsertOldFileAsync(db);
        }

        await HopeDatabase.PrepareAsync(dbs); // applies the index's migration: the old file gets its key and tokens

        var key = ArabicNames.Key("عبد الرحمن علي حسن الشهري");
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.Equal(key, await db.Beneficiaries.Select(b => b.NameKey).SingleAsync());
            Assert.Equal(key.Split(' '), await db.BeneficiaryNameTokens.OrderBy(t => t.Position).Select(t => t.Token).ToListAsync());
            // Undo what the backfill wrote: a later start must leave it so, since the backfill is not run again.
            await db.Database.ExecuteSqlRawAsync("UPDATE Beneficiaries SET NameKey = ''; DELETE FROM BeneficiaryNameTokens;");
        }

        await HopeDatabase.PrepareAsync(dbs);

        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.Equal("", await db.Beneficiaries.Select(b => b.NameKey).SingleAsync());
            Assert.Equal(0, await db.BeneficiaryNameTokens.CountAsync());
        }
    }

    /// <summary>A beneficiary row as the schema before the index held it, every required column filled by its type.</summary>
    private static async Task InsertOldFileAsync(HopeDb db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var columns = new List<(string Name, string Type)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name, type FROM pragma_table_info('Beneficiaries') WHERE \"notnull\" = 1 AND pk = 0";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["FirstName"] = "عبد الرحمن", ["FatherName"] = "علي", ["GrandfatherName"] = "حسن", ["FamilyName"] = "الشهري",
            ["FullName"] = "عبد الرحمن علي حسن الشهري", ["NationalId"] = "1000000008", ["BirthDate"] = "1990-01-01",
        };
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO Beneficiaries ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var (name, type) = columns[i];
            var p = insert.CreateParameter();
            p.ParameterName = "$p" + i;
            p.Value = values.TryGetValue(name, out var v) ? v : type.Contains("TEXT", StringComparison.OrdinalIgnoreCase) ? "" : 0;
            insert.Parameters.Add(p);
        }
        await insert.ExecuteNonQueryAsync();
    }
}
