using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// Issue 10 item 4, the reads the first pass missed: a beneficiary's timeline (every item shown), the work queues,
/// the duplicate hits of the new-file form (a reverse lookup: what was looked up masked, the files shown).
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ReadAuditTests
{
    [Fact]
    public async Task The_timeline_entry_names_every_contact_move_referral_and_letter_it_showed()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var request = await w.SubmittedAsync(1);
        var person = (await w.RequestAsync(request)).BeneficiaryId;
        var contact = await w.Intake.Contacts.RecordAsync(IntakeWorld.Officer, new ContactInput(person, null, null, ContactChannel.Phone, ContactDirection.Incoming,
            ContactPurpose.Inquiry, "سأل عن موعد", null, null, 3));
        var files = new HopeCase.Core.Beneficiaries.BeneficiaryFileService(w.Intake.Dbs, w.Intake.Audit);

        var timeline = await files.TimelineAsync(IntakeWorld.Officer, person);

        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var events = await db.RequestEvents.Where(e => e.SupportRequestId == request).Select(e => e.Id).ToListAsync();
        Assert.NotEmpty(events);
        var entry = (await w.Intake.Audit.LatestAsync(Auditor.Actor, 50, "Beneficiary", person.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .First(e => e.Action == "BeneficiaryTimelineRead");
        Assert.StartsWith($"shown:{timeline.Count}[", entry.Details, StringComparison.Ordinal);
        Assert.Contains($"Contact:{contact}", entry.Details, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Contains($"RequestEvent:{e}", entry.Details, StringComparison.Ordinal));
        Assert.All(timeline, t => Assert.Contains(t.ItemId, entry.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_work_queues_record_the_requests_they_showed()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var submitted = await w.SubmittedAsync(1);
        var queues = new QueueService(w.Intake.Dbs, w.Intake.Audit);

        var rows = await queues.ByStatusAsync(IntakeWorld.Manager, RequestStatus.Submitted);
        var open = await w.Queues.OpenAsync(IntakeWorld.Manager);

        Assert.Contains(rows, r => r.Id == submitted);
        Assert.Contains(open, r => r.Id == submitted);
        var trail = await w.Intake.Audit.LatestAsync(Auditor.Actor, 50, "SupportRequest");
        Assert.Contains(trail, e => e.Action == "QueueRead" && e.UserName == IntakeWorld.Manager.UserName && e.Details == $"shown:1[{submitted}] search:status=Submitted");
        Assert.Contains(trail, e => e.Action == "OpenRequestsRead" && e.Details!.StartsWith($"shown:1[{submitted}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_hits_shown_on_the_new_file_form_record_the_files_and_the_masked_lookup()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var existing = await w.NewBeneficiaryAsync(1);
        const string mobile = "0550000001"; // the existing file's, typed the local way
        var typed = IntakeWorld.Person(IntakeWorld.NationalId(2), "سامي", "الفيفي", mobile: mobile);

        var check = await w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Officer, typed);

        Assert.Contains(check.SameMobile, h => h.Id == existing);
        var entry = (await w.Audit.LatestAsync(Auditor.Actor, 20, "Beneficiary")).First(e => e.Action == "BeneficiaryDuplicatesShown");
        Assert.StartsWith($"shown:1[{existing}] search:", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeWorld.NationalId(2), entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile[1..], entry.Details, StringComparison.Ordinal);
        Assert.Contains(IntakeWorld.NationalId(2)[^2..], entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_website_application_whose_audit_entry_fails_leaves_no_request_behind()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var type = await w.TypeAsync("counselling");
        var application = new PublicApplication(IntakeWorld.Person(IntakeWorld.NationalId(1)), type.Id, "أحتاج إلى من يسمعني", true,
            [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))], new System.Globalization.CultureInfo("ar-SA"));
        await FailingSaves.RefuseAuditAsync(w.Dbs, "RequestReceivedFromWebsite");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Public.ApplyAsync(application, "127.0.0.1"));

        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == "SupportRequest"));
    }
}
