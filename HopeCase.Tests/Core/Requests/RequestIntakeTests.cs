using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

public sealed class RequestIntakeTests
{
    [Fact]
    public async Task A_complete_request_is_submitted_with_reference_due_date_and_receipt_sms()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        var result = await w.Intake.SubmitAsync(IntakeWorld.Officer, id);

        Assert.True(result.Submitted, string.Join(",", result.Problems.Select(p => p.Code)));
        Assert.Equal($"1448-{id:000000}", result.Reference);
        Assert.Equal(w.Clock.GetUtcNow().AddDays(14), result.DueAt);
        await using var db = await w.Dbs.CreateDbContextAsync();
        var sms = await db.Outbox.SingleAsync();
        Assert.Equal("+966550000001", sms.To);
        Assert.Contains(result.Reference!, sms.Body, StringComparison.Ordinal);
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == id);
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal([RequestStatus.Draft, RequestStatus.Submitted], request.Events.OrderBy(e => e.Id).Select(e => e.To));
    }

    [Fact]
    public async Task An_expired_document_blocks_submission_and_is_named()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var yesterday = HopeCase.Core.Saudi.SaudiTime.LocalDate(w.Clock.GetUtcNow()).AddDays(-1);
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync(), expires: yesterday);
        var result = await w.Intake.SubmitAsync(IntakeWorld.Officer, id);
        Assert.False(result.Submitted);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("Document.Expired", problem.Code);
        Assert.Equal("صورة الهوية الوطنية أو الإقامة", problem.DocumentAr);
        Assert.Equal(yesterday, problem.Date);
    }

    [Fact]
    public async Task A_document_valid_until_today_is_accepted()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var today = HopeCase.Core.Saudi.SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync(), expires: today);
        Assert.True((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
    }

    [Fact]
    public async Task Missing_documents_and_a_missing_declaration_block_submission()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var type = await w.TypeAsync("financial");
        var id = await w.Intake.CreateDraftAsync(IntakeWorld.Officer, await w.NewBeneficiaryAsync(), type.Id, "ضائقة مالية", HopeCase.Core.Contacts.ContactChannel.Phone);
        var result = await w.Intake.SubmitAsync(IntakeWorld.Officer, id);
        Assert.False(result.Submitted);
        Assert.Equal(2, result.Problems.Count(p => p.Code == "Document.Missing"));
        Assert.Contains(result.Problems, p => p.Code == "Document.Missing" && p.DocumentAr == "إثبات الدخل");
        Assert.Contains(result.Problems, p => p.Code == "Declaration.Missing");
    }

    [Fact]
    public async Task An_upload_that_lies_about_its_type_is_refused()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var type = await w.TypeAsync("counselling");
        var id = await w.Intake.CreateDraftAsync(IntakeWorld.Officer, await w.NewBeneficiaryAsync(), type.Id, "وصف", HopeCase.Core.Contacts.ContactChannel.Phone);
        var script = System.Text.Encoding.ASCII.GetBytes("MZ\u0090\u0000 this is an executable named like a PDF");
        Assert.Equal(UploadProblem.NotAllowedType, await w.Intake.AddDocumentAsync(IntakeWorld.Officer, id, type.Requirements[0].Id, "id-copy.pdf", script, new DateOnly(2030, 1, 1)));
        Assert.Equal(UploadProblem.TooLarge, await w.Intake.AddDocumentAsync(IntakeWorld.Officer, id, type.Requirements[0].Id, "big.pdf", IntakeWorld.Pdf(new string('x', 6 * 1024 * 1024)), null));
        Assert.Equal(UploadProblem.Empty, await w.Intake.AddDocumentAsync(IntakeWorld.Officer, id, type.Requirements[0].Id, "empty.pdf", [], null));
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.RequestDocuments.CountAsync());
    }

    [Fact]
    public void The_inspector_names_files_by_their_content()
    {
        var (problem, file) = FileInspector.Inspect("../../etc/passwd.exe", IntakeWorld.Png());
        Assert.Equal(UploadProblem.None, problem);
        Assert.Equal("image/png", file!.ContentType);
        Assert.Equal("passwd.png", file.FileName);
    }

    [Fact]
    public async Task The_declaration_is_stored_with_its_exact_text_and_cannot_be_changed()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            w.Intake.SignAsync(IntakeWorld.Officer, id, SignatureKind.DrawnOnScreen, IntakeWorld.Png(), "someone else", new System.Globalization.CultureInfo("ar-SA")));

        await using var db = await w.Dbs.CreateDbContextAsync();
        var declaration = await db.Declarations.SingleAsync();
        Assert.StartsWith("أقر أنا مقدم الطلب", declaration.Text, StringComparison.Ordinal);
        Assert.Equal("u-rel", declaration.WitnessId);
        Assert.NotNull(declaration.SignatureFileId);
        db.Entry(declaration).Property(nameof(Declaration.SignerName)).CurrentValue = "forged";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_critical_beneficiary_gets_the_short_window_and_managers_an_alert()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var person = await w.NewBeneficiaryAsync();
        await w.Alerts.MarkCriticalAsync(IntakeWorld.Officer, person, null, "أفكار انتحارية");
        var id = await w.CompleteDraftAsync(person);
        var result = await w.Intake.SubmitAsync(IntakeWorld.Officer, id);
        Assert.Equal(w.Clock.GetUtcNow().AddDays(1), result.DueAt);
        var alert = Assert.Single(await w.Alerts.OpenAsync(IntakeWorld.Manager));
        Assert.Equal(person, alert.BeneficiaryId);
        await w.Alerts.AcknowledgeAsync(IntakeWorld.Manager, alert.Id);
        Assert.Empty(await w.Alerts.OpenAsync(IntakeWorld.Manager));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Alerts.OpenAsync(IntakeWorld.Officer));
    }

    [Fact]
    public async Task Moves_the_table_does_not_allow_throw()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        await Assert.ThrowsAsync<IllegalTransitionException>(() => w.Intake.VerifyAsync(IntakeWorld.Officer, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Intake.SubmitAsync(IntakeWorld.Researcher, id));
        Assert.True((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
        await Assert.ThrowsAsync<IllegalTransitionException>(() => w.Intake.SubmitAsync(IntakeWorld.Officer, id));
    }
}
