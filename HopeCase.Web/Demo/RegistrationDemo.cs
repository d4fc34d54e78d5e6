using HopeCase.Core.Data;
using HopeCase.Core.Registration;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>Registers the first request the past session accepted (four days ago): the checklist ticked, file number 1 of the year.</summary>
internal static class RegistrationDemo
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        if (run.PastSessionRequests is not [var servingId, ..])
        {
            return;
        }
        await using var db = await run.Dbs.CreateDbContextAsync(ct);
        var rel = await run.ActorAsync("relations@hope.demo");
        var now = run.Now;
        var serving = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == servingId, ct);
        // The year of the session that accepted it.
        var year = HijriDate.FromGregorian(SaudiTime.LocalDate(now.AddDays(-5))).Year;

        var registration = new BeneficiaryRegistration(serving.Id, serving.BeneficiaryId);
        foreach (var c in Enum.GetValues<ChecklistItem>())
        {
            registration.Tick(c, true);
        }
        var file = new FileNumber(serving.BeneficiaryId, year, 1, now.AddDays(-4));
        registration.Register(file.Number, now.AddDays(-4), rel.UserName);
        db.Registrations.Add(registration);
        db.FileNumbers.Add(file);
        (await db.Beneficiaries.SingleAsync(b => b.Id == serving.BeneficiaryId, ct)).AssignFileNumber(file.Number);
        // FileSequence has no public constructor (RegistrationService bumps it in SQL), so the year's counter is set the same way;
        // a counter that is already there is kept.
        await Counters.EnsureFileSequenceAsync(db, year, 1, ct);
        serving.Move(RequestTrigger.Register, rel, now.AddDays(-4), file.Number);
        await db.SaveChangesAsync(ct);
    }
}
