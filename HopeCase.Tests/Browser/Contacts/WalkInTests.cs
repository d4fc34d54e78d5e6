using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HopeCase.Tests.Browser.Contacts;

[Collection(BrowserCollection.Name)]
public sealed class WalkInTests(BrowserFixture fx)
{
    [Fact]
    public async Task An_officer_takes_a_walk_in_from_search_to_submitted_request_with_documents_and_a_drawn_signature()
    {
        var page = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "relations@hope.demo");
        await page.GotoAsync("/beneficiaries");
        await BrowserFixture.WaitInteractiveAsync(page);

        // Search first: nobody by that name yet.
        await page.FillAsync("[data-testid=search-box]", "ريم عسيري");
        await page.ClickAsync("[data-testid=search]");
        await page.WaitForSelectorAsync("[data-testid=no-hits]");
        await BrowserFixture.ScreenshotAsync(page, "intake-1-search-ar");

        await page.ClickAsync("[data-testid=new-beneficiary]");
        await page.WaitForSelectorAsync("[data-testid=first-name]");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.FillAsync("[data-testid=first-name]", "ريم");
        await page.FillAsync("[data-testid=father-name]", "علي");
        await page.FillAsync("[data-testid=grandfather-name]", "حسن");
        await page.FillAsync("[data-testid=family-name]", "عسيري");
        var nationalId = IntakeWorld.NationalId(4242, '1');
        await page.FillAsync("[data-testid=national-id]", nationalId);
        await page.FillAsync("[data-testid=birth-date]", "1412/03/15");
        await page.Keyboard.PressAsync("Tab");
        await page.FillAsync("[data-testid=mobile]", "0561234567");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByText("يوافق على التواصل بالرسائل النصية").ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "intake-2-new-beneficiary-ar");
        await page.ClickAsync("[data-testid=save-beneficiary]");
        await page.WaitForSelectorAsync("[data-testid=beneficiary-name]");
        Assert.Contains("ريم علي حسن عسيري", await page.InnerTextAsync("[data-testid=beneficiary-name]"), StringComparison.Ordinal);

        // A new support request through the dialog.
        await page.ClickAsync("[data-testid=new-request]");
        await page.WaitForSelectorAsync(".mud-dialog");
        await BrowserFixture.ChooseAsync(page, ".mud-dialog .mud-select", "استشارة نفسية");
        await page.FillAsync("[data-testid=request-description]", "تمر بقلق شديد منذ وفاة والدها وتطلب جلسات استشارة.");
        await page.ClickAsync("[data-testid=create-request]");
        await page.WaitForSelectorAsync("[data-testid=documents]");
        await BrowserFixture.WaitInteractiveAsync(page);

        // The ID copy, valid on the day, as a PDF.
        var requirement = await page.Locator("[data-testid^=requirement-]").First.GetAttributeAsync("data-testid");
        var reqId = requirement!["requirement-".Length..];
        await page.SetInputFilesAsync($"[data-testid=file-{reqId}]", new FilePayload { Name = "هوية.pdf", MimeType = "application/pdf", Buffer = IntakeWorld.Pdf("national id copy") });
        await page.FillAsync($"[data-testid=expiry-{reqId}]", "1450/01/01");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync($"[data-testid=upload-{reqId}]");
        await page.WaitForSelectorAsync("text=هوية.pdf");

        // The declaration, signed with a drawn signature.
        await page.FillAsync("[data-testid=signer-name]", "ريم علي حسن عسيري");
        var canvas = await page.Locator("[data-testid=signature-canvas]").BoundingBoxAsync();
        await page.Mouse.MoveAsync(canvas!.X + 40, canvas.Y + 100);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 12; i++)
        {
            await page.Mouse.MoveAsync(canvas.X + 40 + (i * 25), canvas.Y + 100 + ((i % 2 == 0 ? -1 : 1) * 30));
        }
        await page.Mouse.UpAsync();
        await BrowserFixture.ScreenshotAsync(page, "intake-3-request-documents-signature-ar");
        await page.ClickAsync("[data-testid=sign]");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "تسجيل التوقيع" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=declaration-signed]");

        await page.ClickAsync("[data-testid=submit-request]");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "تقديم الطلب" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=receipt-reference]");
        var reference = (await page.InnerTextAsync("[data-testid=receipt-reference]")).Trim();
        Assert.Matches(@"^14\d\d-\d{6}$", reference);
        await BrowserFixture.ScreenshotAsync(page, "intake-4-receipt-ar");

        await using var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var request = await db.Requests.Include(r => r.Declaration).Include(r => r.Documents).SingleAsync(r => r.Reference == reference);
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(SignatureKind.DrawnOnScreen, request.Declaration!.Kind);
        var signature = await db.Files.SingleAsync(f => f.Id == request.Declaration.SignatureFileId);
        Assert.Equal("image/png", signature.ContentType);
        Assert.True(signature.Size > 500, "the drawn signature should be a real PNG");
        Assert.Single(request.Documents);
        Assert.Equal(request.SubmittedAt!.Value.AddDays(14), request.DueAt);
        Assert.True(await db.Outbox.AnyAsync(m => m.IdempotencyKey == $"receipt:{reference}:sms"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "BeneficiaryFileRead"));

        // The receipt letter is issued by a Hangfire job on the real Chromium and appears on the receipt page.
        await page.WaitForSelectorAsync("[data-testid=receipt-letter-pdf]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var letter = await db.Letters.AsNoTracking().SingleAsync(l => l.IdempotencyKey == $"request:{request.Id}:receipt");
        Assert.Equal(request.BeneficiaryId, letter.BeneficiaryId);
        Assert.Contains(letter.Number, await page.InnerTextAsync("[data-testid=receipt-letter]"), StringComparison.Ordinal);
        Assert.Contains(reference, letter.BodyHtml, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "intake-5-receipt-letter-ar");

        // The beneficiary's timeline lists the letter beside the request's moves.
        await page.GotoAsync($"/beneficiaries/{request.BeneficiaryId}");
        var timeline = page.Locator("[data-testid=timeline]");
        await timeline.GetByText(letter.Number).WaitForAsync();
        Assert.Contains("إشعار استلام طلب", await timeline.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_critical_mark_alerts_the_manager_on_every_page_until_acknowledged()
    {
        var officer = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "relations@hope.demo");
        var manager = await fx.NewPageAsync();
        await BrowserFixture.SignInAsync(manager, "manager@hope.demo");

        await using (var db = await fx.App.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            var id = await db.Beneficiaries.Where(b => b.FirstName == "يوسف").Select(b => b.Id).SingleAsync();
            await officer.GotoAsync($"/beneficiaries/{id}");
        }
        await BrowserFixture.WaitInteractiveAsync(officer);
        await officer.ClickAsync("[data-testid=mark-critical]");
        await officer.FillAsync("[data-testid=prompt-text]", "عبّر عن أفكار لإيذاء النفس أثناء الاتصال");
        await officer.ClickAsync("[data-testid=prompt-ok]");
        await officer.WaitForSelectorAsync("[data-testid=risk]:has-text('حرج')");

        // The manager's open page shows it without a reload.
        await manager.WaitForSelectorAsync("[data-testid=critical-alert]");
        await BrowserFixture.ScreenshotAsync(manager, "manager-critical-alert-ar");
        await manager.GotoAsync("/admin/audit");
        await manager.WaitForSelectorAsync("[data-testid=critical-alert]");
        await BrowserFixture.WaitInteractiveAsync(manager);
        await manager.ClickAsync("[data-testid=acknowledge]");
        await manager.WaitForSelectorAsync("[data-testid=critical-alert]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await officer.Context.CloseAsync();
        await manager.Context.CloseAsync();
    }
}
