using HopeCase.Core.Audit;
using HopeCase.Core.Dashboard;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Messaging;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// Every audited search term, filter, typed address and file name goes through AuditText: each path is driven with a
/// text holding a whole national ID, a mobile and 1,000 characters, and the audit table must hold none of them.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class AuditedTermTests
{
    private static readonly string Nid = IntakeWorld.NationalId(4321);
    private const string Mobile = "٠٥٥١٢٣٤٥٦٧"; // Eastern digits, as typed on an Arabic keyboard
    private static readonly string Long = new('س', 1000);
    private static readonly string Term = $"{Nid} {Mobile} {Long}";

    [Fact]
    public async Task No_audited_path_keeps_a_whole_national_id_a_mobile_or_a_thousand_characters()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var i = w.Intake;
        var request = await i.CompleteDraftAsync(await i.NewBeneficiaryAsync(2));
        var officer = IntakeWorld.Officer;

        await i.Beneficiaries.SearchAsync(officer, Term);
        await i.Beneficiaries.SearchAsync(officer, $"{Nid[..5]} {Nid[5..]}", new HopeCase.Core.Beneficiaries.SearchCursor(0, 0));
        await i.Beneficiaries.CheckDuplicatesAsync(officer, IntakeWorld.Person(Nid, mobile: "0551234567"));
        await i.Public.TrackAsync(Term, "1234", "127.0.0.1");
        await i.Public.TrackAsync(Nid + "55", "1234", "127.0.0.1"); // twelve digits 2-9 could pass as a reference
        var today = HopeCase.Core.Saudi.SaudiTime.LocalDate(i.Clock.GetUtcNow());
        await new DashboardService(i.Dbs, i.Audit, i.Clock).DrillAsync(IntakeWorld.Manager, new DashboardPeriod(today.AddDays(-7), today), new DrillQuery(DrillKind.Requests, Term));
        var imports = PersonalDataReadCalls.Imports(w);
        var csv = PersonalDataReadCalls.Csv();
        await imports.ConfirmAsync(officer, csv, Term + ".csv", ColumnMapping.Auto(imports.Read(officer, csv, "p.csv").Headers));
        await i.Intake.AddDocumentAsync(officer, request, null, Term + ".pdf", IntakeWorld.Pdf(), null);
        await i.Intake.AddDocumentAsync(officer, request, null, Term + ".exe", [0x4D, 0x5A, 0, 0], null);
        await i.Audit.LatestAsync(Auditor.Actor, 5, "Beneficiary", Term);
        await i.Audit.RecordShownAsync(officer, "TestListRead", "Beneficiary", [1, 2], Term);
        await Messaging(i).SendAsync(IntakeWorld.Admin, MessageChannel.Sms, $"{Nid} {Mobile} 0551234567");

        await using var db = await i.Dbs.CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().Select(a => new { a.Action, a.EntityId, a.Details, a.Changes }).ToListAsync();
        var written = entries.Select(e => $"{e.Action}|{e.EntityId}|{e.Details}|{e.Changes}").ToList();
        foreach (var action in (string[])["BeneficiarySearch", "BeneficiarySearchMore", "BeneficiaryDuplicatesShown", "TrackMiss", "DashboardDrill",
            "ImportConfirmed", "DocumentAdded", "UploadRefused", "AuditTrailRead", "TestListRead", "MessagingTestSent"])
        {
            Assert.Contains(entries, e => e.Action == action);
        }
        Assert.All(written, e =>
        {
            Assert.DoesNotContain(Nid, e, StringComparison.Ordinal);
            Assert.DoesNotContain(Nid[..8], e, StringComparison.Ordinal);
            Assert.DoesNotContain(Mobile[..8], e, StringComparison.Ordinal);
            Assert.DoesNotContain("05512345", e, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('س', AuditText.MaxLength + 1), e, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("1012345678", "********78")]
    [InlineData("١٠١٢٣٤٥٦٧٨", "********78")]
    [InlineData("055 123 4567", "*** *** **67")]
    [InlineData("+966-55-123-4567", "+***-**-***-**67")]
    [InlineData("محمد 123", "محمد 123")]
    public void A_term_keeps_only_the_last_two_digits_of_a_long_number(string typed, string audited) =>
        Assert.Equal(audited, AuditText.Term(typed));

    [Fact]
    public void Details_keep_record_ids_and_mask_ids_and_mobiles() =>
        Assert.Equal("shown:2[1234567,89] to ******5678, ********4567 and ******٤٥٦٧", AuditText.Mask("shown:2[1234567,89] to 1012345678, 966551234567 and ٠٥٥١٢٣٤٥٦٧"));

    private static MessagingTest Messaging(IntakeWorld i)
    {
        var options = new MessagingOptions();
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new MessagingTest(new MessageProviders(options, http, new OAuthTokenSource(options, http, i.Clock)), i.Audit, i.Clock);
    }
}
