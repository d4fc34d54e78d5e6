using System.Globalization;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

public sealed class PublicIntakeTests
{
    private static async Task<PublicApplication> ApplicationAsync(IntakeWorld w, int n = 1)
    {
        var type = await w.TypeAsync("counselling");
        return new PublicApplication(IntakeWorld.Person(IntakeWorld.NationalId(n)), type.Id, "أحتاج إلى من يسمعني", true,
            [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))], new CultureInfo("ar-SA"));
    }

    [Fact]
    public async Task An_application_arrives_as_received_and_can_be_tracked_with_the_last_four_digits()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var result = await w.Public.ApplyAsync(await ApplicationAsync(w), "127.0.0.1");
        Assert.Empty(result.Errors);

        var last4 = IntakeWorld.NationalId(1)[^4..];
        var tracked = await w.Public.TrackAsync(result.Reference!, last4, "127.0.0.1");
        Assert.Equal(RequestStatus.Received, tracked!.Status);
        Assert.Null(await w.Public.TrackAsync(result.Reference!, "0000", "127.0.0.1"));
        Assert.Null(await w.Public.TrackAsync("1448-999999", last4, "127.0.0.1"));

        // An officer verifies it: it enters the committee's window.
        await using var db = await w.Dbs.CreateDbContextAsync();
        var key = PublicReferences.Normalize(result.Reference);
        var id = await db.Requests.Where(r => r.PublicReference == key).Select(r => r.Id).SingleAsync();
        var verified = await w.Intake.VerifyAsync(IntakeWorld.Officer, id);
        Assert.True(verified.Submitted, string.Join(",", verified.Problems.Select(p => p.Code)));
        Assert.Equal(RequestStatus.Submitted, (await w.Public.TrackAsync(result.Reference!, last4, null))!.Status);
        // The sequential number staff use and mail carry is not accepted by the public pages: it can be guessed.
        Assert.NotNull(verified.Reference);
        Assert.Null(await w.Public.TrackAsync(verified.Reference!, last4, null));
    }

    [Fact]
    public async Task A_known_id_joins_the_existing_file_without_changing_it()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var existing = await w.NewBeneficiaryAsync(1, "خالد");
        var result = await w.Public.ApplyAsync(await ApplicationAsync(w), null);
        Assert.Empty(result.Errors);
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.Beneficiaries.CountAsync());
        Assert.StartsWith("خالد", (await db.Beneficiaries.SingleAsync()).FullName, StringComparison.Ordinal);
        Assert.Equal(existing, (await db.Requests.SingleAsync()).BeneficiaryId);
    }

    [Fact]
    public async Task A_disguised_upload_or_missing_consent_is_refused_and_nothing_is_stored()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var app = await ApplicationAsync(w);
        var bad = app with
        {
            DeclarationAccepted = false,
            Uploads = [new PublicUpload(app.Uploads[0].RequirementId, "photo.jpg", System.Text.Encoding.UTF8.GetBytes("<script>alert(1)</script>"), null)],
        };
        var result = await w.Public.ApplyAsync(bad, null);
        Assert.Contains("Declaration.Missing", result.Errors);
        Assert.Contains("Upload.NotAllowedType", result.Errors);
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.Beneficiaries.CountAsync());
    }
}
