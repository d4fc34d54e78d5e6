using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// No read without an audit (issue 10 item 4, docs/adr/0031): every service method that returns a [PersonalData]
/// type, found by reflection, is called as a signed-in actor on a seeded world and must leave an audit row of that
/// actor. A new such method fails the first test until it has a call below or a reason in the allow-list.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class EveryReadIsAuditedTests
{
    /// <summary>The methods that write no entry of their own, each with the reason. Keep it short.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // Takes no actor: the register's plumbing for HopeCase.Web's LetterService, which checks LetterAccess and
        // audits every list, view, download, reprint and batch with the letters' ids, and for the letter job.
        ["LetterRegister.ListAsync"] = "audited by Web LetterService (LettersListed / PrintQueueListed)",
        ["LetterRegister.LoadAsync"] = "audited by Web LetterService (LettersPrinted / LabelsPrinted)",
        ["LetterRegister.FindAsync"] = "audited by Web LetterService (LetterViewed / LetterDownloaded)",
        ["LetterRegister.IssueAsync"] = "a change: the caller's entry (LetterIssued) is added in the same transaction through its callback",
        ["LetterRegister.FindByKeyAsync"] = "the letter job's lookup by key; its issue is audited (LetterIssued)",
        // The letter job rebuilds a letter's content from its key as the system; the issue is audited (LetterIssued).
        ["LetterSource.BuildAsync"] = "the letter job, as the system; audited as LetterIssued",
        // Steps of an audited whole: the dry run (ImportDryRun) and the import job (BeneficiaryImported per file).
        ["ImportPlanner.PlanAsync"] = "inside ImportService.DryRunAsync and the import job, both audited",
        ["BeneficiaryService.CheckDuplicatesAsync/3"] = "the import's bulk check, inside the audited dry run and job",
        // A change, audited as ChecklistTicked in the same transaction; it needs an accepted request, not this world's.
        ["RegistrationService.TickAsync"] = "a change audited as ChecklistTicked (RegistrationTests)",
    };

    [Fact]
    public async Task Every_method_returning_personal_data_has_a_call_or_a_reason()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var found = PersonalDataReads.Find();
        Assert.Contains("RequestIntakeService.GetAsync", found);
        var covered = PersonalDataReadCalls.For(w).Keys.Concat(Exempt.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(found, covered);
    }

    [Fact]
    public async Task Every_method_returning_personal_data_writes_an_audit_row_of_its_actor()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var request = await w.RegisteredAsync(1);
        await w.Delivery.StartAsync(IntakeWorld.Manager, request, ResearchWorld.Provider.UserId!);
        var session = await w.SessionWithAgendaAsync();
        var batch = await PersonalDataReadCalls.Imports(w).ConfirmAsync(IntakeWorld.Officer, PersonalDataReadCalls.Csv(), "people.csv",
            HopeCase.Core.DataExchange.ColumnMapping.Auto(PersonalDataReadCalls.Imports(w).Read(IntakeWorld.Officer, PersonalDataReadCalls.Csv(), "p.csv").Headers));
        var seed = new PersonalDataReadCalls.Seed(request, (await w.RequestAsync(request)).BeneficiaryId, session, batch);

        var unaudited = new List<string>();
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        foreach (var (method, (actor, call)) in PersonalDataReadCalls.For(w))
        {
            var before = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
            try
            {
                await call(seed);
            }
            catch (Exception e)
            {
                unaudited.Add($"{method}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            if (!await db.AuditEntries.AnyAsync(a => a.Id > before && a.UserId == actor.UserId))
            {
                unaudited.Add($"{method}: no audit entry of {actor.UserName}");
            }
        }
        Assert.Empty(unaudited);
    }
}
