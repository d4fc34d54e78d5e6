using HopeCase.Core.DataExchange;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.DataExchange;

/// <summary>The dry run, the job and the undo on a real SQLite file, with the real duplicate check of the search.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ImportTests : IAsyncLifetime
{
    private ResearchWorld _w = default!;
    private ImportService _imports = default!;
    private ImportRunner _runner = default!;

    private static readonly string Header = "الاسم الأول,اسم الأب,اسم الجد,اسم العائلة,رقم الهوية أو الإقامة,الجنس,تاريخ الميلاد,الجوال,المحافظة";

    public async Task InitializeAsync()
    {
        _w = await ResearchWorld.CreateAsync();
        var i = _w.Intake;
        var planner = new ImportPlanner(i.Beneficiaries);
        var limits = Options.Create(new ImportLimits());
        _imports = new ImportService(i.Dbs, planner, i.Audit, i.Notifier, _w.Jobs, limits, i.Clock);
        _runner = new ImportRunner(i.Dbs, planner, i.Notifier, limits, i.Clock);
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private static string Row(int n, string first, string family, string birth, string mobile = "", string gender = "ذكر", string? id = null) =>
        $"{first},محمد,علي,{family},{id ?? IntakeWorld.NationalId(n)},{gender},{birth},{mobile},صبيا";

    [Fact]
    public async Task The_dry_run_explains_each_row_and_writes_nothing_then_the_job_imports_and_the_batch_is_undone()
    {
        var existing = await _w.Intake.Beneficiaries.CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(9001), "أحمد", "الحازمي", mobile: "0559990001", birth: new DateOnly(1990, 5, 17)), true);
        var csv = ImportFileTests.Csv(Header,
            Row(1, "سارة", "المالكي", "1410/05/12", "٠٥٥١٢٣٤٥٦٧", "أنثى"),
            Row(2, "خالد", "الشهري", "١٩٨٥-٠٣-٠٢", "+966 55 123 4568"),
            Row(3, "نورة", "القحطاني", "02/03/1985", "966551234569", "female"),
            Row(4, "فهد", "العتيبي", "1990-01-01", "12345"),
            Row(5, "", "الدوسري", "1990-01-01"),
            Row(6, "علي", "الغامدي", "1500/13/40"),
            "ريم,محمد,علي,العمري,1234567890,أنثى,1990-01-01,,صبيا",
            Row(1, "سارة", "المالكي", "1410/05/12", "", "أنثى"),
            Row(9, "احمد", "الحازمي", "1990-05-17"),
            Row(10, "ماجد", "الحربي", "1992-02-02", "0559990001"));
        var table = _imports.Read(IntakeWorld.Officer, csv, "people.csv");
        var map = ColumnMapping.Auto(table.Headers);
        var plan = await _imports.DryRunAsync(IntakeWorld.Officer, table, map);

        string Why(int row) => string.Join(',', plan.Rows.Single(r => r.Row == row).Reasons);
        Assert.Equal(ImportOutcome.Create, plan.Rows[0].Outcome);
        Assert.Equal(new HopeCase.Core.Saudi.HijriDate(1410, 5, 12).ToGregorian(), plan.Rows[0].Input!.BirthDate);
        Assert.Equal("+966551234567", HopeCase.Core.Saudi.SaudiMobile.Normalize(plan.Rows[0].Input!.Mobile));
        Assert.Equal("+966551234568", HopeCase.Core.Saudi.SaudiMobile.Normalize(plan.Rows[1].Input!.Mobile));
        Assert.Equal("+966551234569", HopeCase.Core.Saudi.SaudiMobile.Normalize(plan.Rows[2].Input!.Mobile));
        Assert.Equal(new DateOnly(1985, 3, 2), plan.Rows[1].Input!.BirthDate);
        Assert.Equal(HopeCase.Core.Beneficiaries.Gender.Female, plan.Rows[2].Input!.Gender);
        Assert.Equal("Mobile.Invalid", Why(5));
        Assert.Equal("Required.FirstName", Why(6));
        Assert.Equal("BirthDate.Invalid", Why(7));
        Assert.Equal("NationalId.Invalid", Why(8));
        Assert.Equal("Duplicate.InFile:2", Why(9));
        Assert.Equal($"Duplicate.Existing:{existing.Id}", Why(10));
        Assert.Equal(ImportOutcome.CreateWithNote, plan.Rows.Single(r => r.Row == 11).Outcome);
        Assert.Equal((4, 6), (plan.ToCreate, plan.Refused));
        await using (var db = await _w.Intake.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Beneficiaries.CountAsync());
            Assert.Equal(0, await db.ImportBatches.CountAsync());
        }

        var id = await _imports.ConfirmAsync(IntakeWorld.Officer, csv, "people.csv", map);
        await _runner.RunAsync(id, IntakeWorld.Officer.UserId!, CancellationToken.None);
        await _runner.RunAsync(id, IntakeWorld.Officer.UserId!, CancellationToken.None);
        var batch = await _imports.GetAsync(IntakeWorld.Officer, id);
        Assert.Equal((ImportStatus.Done, 10, 4, 6, 100), (batch!.Status, batch.Processed, batch.Created, batch.Refused, batch.Percent));
        var found = await _w.Intake.Beneficiaries.SearchAsync(IntakeWorld.Officer, "ساره المالكي");
        Assert.Single(found.Hits);
        await using (var db = await _w.Intake.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "BeneficiaryImported"));
            Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.Action == "BeneficiaryImportRefused"));
            Assert.Null((await db.ImportBatches.SingleAsync()).Payload);
        }

        var undo = await _imports.UndoAsync(IntakeWorld.Officer, id);
        Assert.True(undo.Done);
        Assert.Equal(4, undo.Removed);
        Assert.Empty((await _w.Intake.Beneficiaries.SearchAsync(IntakeWorld.Officer, "ساره المالكي")).Hits);
        Assert.Equal(ImportStatus.Undone, (await _imports.GetAsync(IntakeWorld.Officer, id))!.Status);
    }

    [Fact]
    public async Task A_batch_is_not_undone_once_someone_has_worked_on_one_of_its_files()
    {
        var csv = ImportFileTests.Csv(Header, Row(21, "سارة", "المالكي", "1990-01-01"), Row(22, "هند", "الزهراني", "1991-01-01"));
        var map = ColumnMapping.Auto(_imports.Read(IntakeWorld.Officer, csv, "p.csv").Headers);
        var id = await _imports.ConfirmAsync(IntakeWorld.Officer, csv, "p.csv", map);
        await _runner.RunAsync(id, IntakeWorld.Officer.UserId!, CancellationToken.None);
        var hit = (await _w.Intake.Beneficiaries.SearchAsync(IntakeWorld.Officer, "هند الزهراني")).Hits.Single();
        var edited = IntakeWorld.Person(hit.NationalId, "هند", "الزهراني", birth: new DateOnly(1991, 1, 1));
        Assert.True((await _w.Intake.Beneficiaries.UpdateAsync(IntakeWorld.Officer, hit.Id, edited)).Saved);

        var undo = await _imports.UndoAsync(IntakeWorld.Officer, id);
        Assert.False(undo.Done);
        Assert.Equal([hit.Id], undo.Touched);
        Assert.Equal(2, (await _w.Intake.Beneficiaries.SearchAsync(IntakeWorld.Officer, "محمد علي")).Hits.Count);
    }

    [Fact]
    public async Task A_bad_file_changes_nothing_and_a_provider_may_not_import()
    {
        Assert.Throws<ImportRefusedException>(() => _imports.Read(IntakeWorld.Officer, IntakeWorld.Png(), "x.xlsx"));
        await Assert.ThrowsAsync<ImportRefusedException>(() => _imports.ConfirmAsync(IntakeWorld.Officer, ImportFileTests.Csv("a,b", "=1+1,2"), "x.csv", new ColumnMapping(new Dictionary<ImportField, int>())));
        Assert.Throws<HopeCase.Core.Security.ForbiddenException>(() => _imports.Read(IntakeWorld.Provider, ImportFileTests.Csv(Header), "x.csv"));
        await using var db = await _w.Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.ImportBatches.CountAsync());
        Assert.Equal(0, await db.Beneficiaries.CountAsync());
    }
}
