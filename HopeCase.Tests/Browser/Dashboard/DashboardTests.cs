using System.Globalization;
using System.IO.Compression;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Dashboard;

[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fx)
{
    private static readonly Actor Officer = new("browser-relations", "موظف", new HashSet<string> { Roles.RelationsOfficer });

    /// <summary>An overdue request (submitted 20 days ago, due 6 days ago) and a handful of answers from the last weeks.</summary>
    private async Task<(string Reference, int Beneficiary)> SeedAsync()
    {
        var services = fx.App.Services;
        var saved = await services.GetRequiredService<BeneficiaryService>().CreateAsync(Officer, IntakeWorld.Person(IntakeWorld.NationalId(9901), "مها", mobile: "0561239901"), true);
        var intake = services.GetRequiredService<RequestIntakeService>();
        var type = (await intake.CatalogueAsync())[0];
        var id = await intake.CreateDraftAsync(Officer, saved.Id!.Value, type.Id, "طلب تجريبي متأخر", ContactChannel.Phone);
        var now = DateTimeOffset.UtcNow;
        const string reference = "1448-990001";
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var r = await db.Requests.Include(x => x.Events).SingleAsync(x => x.Id == id);
        r.Move(RequestTrigger.Submit, Officer, now.AddDays(-20), DecisionWindow.PolicyDefault);
        r.SetReference(reference);
        int[][] answers = [[5, 5, 5, 4, 5, 10], [4, 4, 3, 4, 4, 8], [2, 3, 2, 1, 2, 3], [5, 4, 5, 5, 5, 9], [3, 4, 4, 3, 3, 7]];
        var channels = new[] { ContactChannel.Phone, ContactChannel.Website, ContactChannel.Interview, ContactChannel.Phone, ContactChannel.SocialMedia };
        for (var i = 0; i < answers.Length; i++)
        {
            var a = answers[i];
            db.SurveyResponses.Add(new SurveyResponse(SurveyMode.Online, new SurveyScores(a[0], a[1], a[2], a[3], a[4], a[5]), null, i == 2, now.AddDays(-3 - (i * 9)),
                new SurveyContext(null, null, SurveyTrigger.ServiceClosed, channels[i], type.Id, "browser-provider", "د. مقدم الخدمة"), null, null));
        }
        var sent = new HopeCase.Core.Messaging.OutboxMessage("browser:receipt:sms", saved.Id.Value, HopeCase.Core.Messaging.MessageChannel.Sms,
            HopeCase.Core.Messaging.MessageKind.RequestReceipt, "+966561239901", "جمعية أمل: استلمنا طلبكم رقم 1448-990001، وسنرد عليكم قريبًا.", "ar", now.AddDays(-20));
        sent.MarkSent(now.AddDays(-20), "http-sms");
        var retrying = new HopeCase.Core.Messaging.OutboxMessage("browser:info:sms", saved.Id.Value, HopeCase.Core.Messaging.MessageChannel.Sms,
            HopeCase.Core.Messaging.MessageKind.MissingInformation, "+966561239901", "جمعية أمل: نحتاج إلى استكمال بعض المعلومات لطلبكم رقم 1448-990001.", "ar", now.AddHours(-1));
        retrying.MarkAttemptFailed("SMS gateway answered 503 Service Unavailable", "http-sms", now.AddMinutes(1));
        db.Outbox.AddRange(sent, retrying);
        await db.SaveChangesAsync();
        return (reference, saved.Id.Value);
    }

    [Fact]
    public async Task A_manager_changes_the_period_drills_into_the_overdue_list_and_exports_to_excel()
    {
        var (reference, beneficiary) = await SeedAsync();
        var page = await fx.NewPageAsync(1366, 1000);
        await BrowserFixture.SignInAsync(page, "manager@hope.demo");
        // The beneficiary's file lists each message and how it went.
        await page.GotoAsync($"/beneficiaries/{beneficiary}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=message-row][data-status=Retrying]");
        await page.WaitForSelectorAsync("[data-testid=message-row][data-status=Sent]");
        await BrowserFixture.ScreenshotAsync(page, "beneficiary-messages-ar");
        await page.GotoAsync("/dashboard");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=tile-csat]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var before = await page.InnerTextAsync("[data-testid=period-shown]");
        // Per-staff figures: one provider with 5 answers is shown, labelled as a coaching aid.
        await page.WaitForSelectorAsync("[data-testid=coaching-aid]");

        await page.ClickAsync("[data-testid=period-365]");
        await BrowserFixture.WaitForAsync(page, "b => document.querySelector('[data-testid=period-shown]').innerText !== b", before);
        // The tile counts every answer of the year: the five seeded here and any another test of this class recorded.
        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            var since = DateTimeOffset.UtcNow.AddDays(-364);
            var inYear = await db.SurveyResponses.CountAsync(r => r.Audience == SurveyAudience.Beneficiary && r.SubmittedAt >= since);
            Assert.InRange(inYear, 5, 7);
            Assert.Contains(inYear.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("[data-testid=tile-responses]"), StringComparison.Ordinal);
        }
        await BrowserFixture.ScreenshotAsync(page, "dashboard-ar");

        await page.ClickAsync("[data-testid=drill-overdue]");
        var list = await page.WaitForSelectorAsync("[data-testid=drill-list]");
        await page.WaitForSelectorAsync($"[data-testid=drill-list] a:has-text('{reference}')");
        await list!.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-overdue-ar");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-xlsx]"));
        Assert.True(download.SuggestedFilename.EndsWith(".xlsx", StringComparison.Ordinal), download.SuggestedFilename + " " + download.Url);
        var file = Path.Combine(Artifacts.Folder("exports"), "dashboard-ar.xlsx");
        await download.SaveAsAsync(file);
        using (var zip = ZipFile.OpenRead(file))
        {
            var summary = await new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEndAsync();
            var overdue = await new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open()).ReadToEndAsync();
            Assert.Contains("rightToLeft=\"1\"", summary, StringComparison.Ordinal);
            Assert.Contains("نسبة الرضا", summary, StringComparison.Ordinal);
            Assert.Contains(reference, overdue, StringComparison.Ordinal);
            Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        }

        var pdf = await page.APIRequest.GetAsync(await page.GetAttributeAsync("[data-testid=export-pdf]", "href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Contains("لوحة المدير", await Pdf.TextAsync(await pdf.BodyAsync()), StringComparison.Ordinal);

        await page.GotoAsync("/culture/en?returnUrl=/dashboard");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=tile-csat]");
        await page.ClickAsync("[data-testid=period-365]");
        await page.WaitForSelectorAsync("text=Satisfaction by channel");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-en");
        await page.GotoAsync("/culture/ar?returnUrl=/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_relations_officer_cannot_download_the_dashboard()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        var response = await page.APIRequest.GetAsync("/dashboard/export/xlsx?from=2026-01-01&to=2026-12-31",
            new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.NotEqual(200, response.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_beneficiary_answers_a_survey_on_a_phone_and_the_link_then_says_it_was_used()
    {
        var services = fx.App.Services;
        var saved = await services.GetRequiredService<BeneficiaryService>().CreateAsync(Officer, IntakeWorld.Person(IntakeWorld.NationalId(9902), "ريم", mobile: "0561239902"), true);
        var intake = services.GetRequiredService<RequestIntakeService>();
        var type = (await intake.CatalogueAsync())[0];
        var request = await intake.CreateDraftAsync(Officer, saved.Id!.Value, type.Id, "طلب", ContactChannel.Website);
        var token = SurveyService.NewToken();
        await using (var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            db.SurveyInvitations.Add(new SurveyInvitation(SurveyService.Hash(token), request, SurveyTrigger.DecisionLetter, saved.Id.Value, null, null, null,
                ContactChannel.Website, type.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7)));
            await db.SaveChangesAsync();
        }

        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync($"/survey/{token}");
        await page.WaitForSelectorAsync("[data-testid=q-Overall]");
        await BrowserFixture.ScreenshotAsync(page, "survey-ar-phone");
        await page.ClickAsync("[data-testid=survey-submit]");
        await page.WaitForSelectorAsync("[data-testid=survey-errors]");
        foreach (var (q, v) in new[] { ("Overall", 4), ("Courtesy", 5), ("Clarity", 4), ("Speed", 3), ("Ease", 4), ("Recommend", 9) })
        {
            await page.ClickAsync($"label[for={q}-{v}]");
        }
        await page.FillAsync("#comment", "شكرًا لكم على الاهتمام");
        await page.ClickAsync("[data-testid=survey-submit]");
        await page.WaitForSelectorAsync("[data-testid=survey-thanks]");
        await page.GotoAsync($"/survey/{token}");
        await page.WaitForSelectorAsync("[data-testid=survey-state][data-state=Used]");
        await BrowserFixture.ScreenshotAsync(page, "survey-used-ar-phone");

        await page.GotoAsync("/feedback/send");
        await page.FillAsync("#text", "أقترح توفير مواعيد مسائية");
        await page.ClickAsync("[data-testid=feedback-submit]");
        var sent = await page.WaitForSelectorAsync("[data-testid=feedback-sent]");
        Assert.Matches("FB-[0-9]{6}", await sent!.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "feedback-sent-ar-phone");
        await page.Context.CloseAsync();

        await using var check = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var answer = await check.SurveyResponses.AsNoTracking().SingleAsync(r => r.SupportRequestId == request);
        Assert.Equal((4, 5, 4, 3, 4, 9), (answer.Overall, answer.Courtesy, answer.Clarity, answer.Speed, answer.Ease, answer.Recommend));
    }
}
