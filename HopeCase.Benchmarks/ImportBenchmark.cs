using System.Diagnostics;
using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.DataExchange;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Benchmarks;

/// <summary>
/// A sheet of N beneficiaries (1 in 50 rows bad, 1 in 100 a duplicate inside the file, Hijri and Gregorian dates,
/// Eastern and Western digits): the file read, the dry run, then the import the background job does, timed.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly string[] First = ["أحمد", "محمد", "فاطمة", "نورة", "عبدالله", "خالد", "سارة", "مريم", "يوسف", "هدى"];
    private static readonly string[] Family = ["الزهراني", "مدخلي", "عسيري", "حكمي", "النعمي", "شراحيلي", "عطيف", "الحربي"];

    public static async Task RunAsync(int count)
    {
        await using var database = await BenchDatabase.CreateAsync("import", withCatalogue: false);
        var dbs = database.Dbs;
        var clock = TimeProvider.System;
        var audit = new AuditLog(dbs, clock);
        var planner = new ImportPlanner(new BeneficiaryService(dbs, audit, clock));
        var limits = Options.Create(new ImportLimits());
        var officer = new Actor("bench", "bench", new HashSet<string> { Roles.RelationsOfficer });

        var sw = Stopwatch.StartNew();
        var bytes = Sheet(count);
        Console.WriteLine($"wrote a sheet of {count:N0} rows: {bytes.Length / 1024.0 / 1024.0:F1} MB in {sw.Elapsed.TotalSeconds:F1} s");

        sw.Restart();
        var table = ImportFile.Read(bytes, "bench.xlsx", limits.Value);
        var map = ColumnMapping.Auto(table.Headers);
        Console.WriteLine($"checked and read the file in {sw.Elapsed.TotalSeconds:F2} s");

        sw.Restart();
        var plan = await planner.PlanAsync(officer, table, map);
        Console.WriteLine($"dry run: {plan.ToCreate:N0} to create, {plan.Refused:N0} refused in {sw.Elapsed.TotalSeconds:F2} s ({count / sw.Elapsed.TotalSeconds:N0} rows/s)");

        int id;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var batch = new ImportBatch("bench.xlsx", SpreadsheetKind.Xlsx, bytes, map.Serialize(), table.Rows.Count, clock.GetUtcNow(), "bench");
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            id = batch.Id;
        }
        var notifier = new ChangeNotifier();
        var announcements = 0;
        notifier.Changed += _ => { announcements++; return Task.CompletedTask; };
        sw.Restart();
        await new ImportRunner(dbs, planner, notifier, limits, clock).RunAsync(id, "bench", CancellationToken.None);
        var elapsed = sw.Elapsed.TotalSeconds;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var b = await db.ImportBatches.AsNoTracking().SingleAsync(x => x.Id == id);
            var audited = await db.AuditEntries.CountAsync(a => a.Action == "BeneficiaryImported" || a.Action == "BeneficiaryImportRefused");
            Console.WriteLine($"import (the job: dry run again, then saves in chunks of {ImportRunner.ChunkSize}): {b.Created:N0} created, {b.Refused:N0} refused, {audited:N0} rows audited, {announcements} progress notices in {elapsed:F2} s ({count / elapsed:N0} rows/s)");
        }
    }

    private static byte[] Sheet(int count)
    {
        var header = Enum.GetValues<ImportField>().Select(f => (object?)ImportTemplate.Header(f, true)).ToList();
        var rows = new List<IReadOnlyList<object?>>(count + 1) { header };
        for (var i = 0; i < count; i++)
        {
            var n = i % 100 == 99 ? i - 1 : i; // a duplicate inside the file
            var payload = "1" + n.ToString("00000000", CultureInfo.InvariantCulture);
            var id = i % 50 == 49 ? "1234567890" : payload + Luhn.CheckDigit(payload); // an invalid ID
            var birth = new DateOnly(1960, 1, 1).AddDays(n % 15000);
            var date = i % 2 == 0 ? HijriDate.FromGregorian(birth).ToString() : ToEastern(birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            rows.Add(new List<object?>
            {
                First[n % First.Length], "محمد", "علي", $"{Family[n % Family.Length]} {n}", null, id, n % 2 == 0 ? "ذكر" : "أنثى", date,
                $"05{50000000 + n:00000000}", null, "جازان", "صبيا", null,
            });
        }
        return Spreadsheet.Xlsx([new XlsxSheet("المستفيدون", rows)], rightToLeft: true);
    }

    private static string ToEastern(string s) => new(s.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c).ToArray());
}
