using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>
/// The public apply commits the new beneficiary, the request with its timeline, the documents, the declaration and
/// every audit entry in one transaction: when any one audit write is refused, nothing at all is left.
/// </summary>
public sealed class PublicApplyTransactionTests
{
    [Theory]
    [InlineData("BeneficiaryCreated")]
    [InlineData("RequestReceivedFromWebsite")]
    [InlineData("DocumentAdded")]
    [InlineData("DeclarationSigned")]
    public async Task A_refused_audit_write_leaves_no_beneficiary_request_document_or_entry(string refused)
    {
        await using var w = await IntakeWorld.CreateAsync();
        var application = await ApplicationAsync(w);
        await FailingSaves.RefuseAuditAsync(w.Dbs, refused);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Public.ApplyAsync(application, "127.0.0.1"));

        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal((0, 0, 0, 0, 0, 0, 0), await CountsAsync(db));
        // Once the audit is written again, the same application goes through whole.
        await FailingSaves.AllowAuditAgainAsync(w.Dbs);
        var result = await w.Public.ApplyAsync(application, "127.0.0.1");
        Assert.Empty(result.Errors);
        Assert.Equal((1, 1, 1, 1, 1, 1, 4), await CountsAsync(db));
    }

    [Fact]
    public async Task A_known_id_whose_request_audit_is_refused_leaves_the_file_as_it_was_and_no_request()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.NewBeneficiaryAsync(1, "خالد");
        await using var db = await w.Dbs.CreateDbContextAsync();
        var entriesBefore = await db.AuditEntries.CountAsync();
        await FailingSaves.RefuseAuditAsync(w.Dbs, "DeclarationSigned");

        await Assert.ThrowsAnyAsync<DbUpdateException>(async () => await w.Public.ApplyAsync(await ApplicationAsync(w), null));

        Assert.Equal(1, await db.Beneficiaries.CountAsync());
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.RequestDocuments.CountAsync());
        Assert.Equal(0, await db.Files.CountAsync());
        Assert.Equal(entriesBefore, await db.AuditEntries.CountAsync());
    }

    private static async Task<(int, int, int, int, int, int, int)> CountsAsync(HopeDb db) => (
        await db.Beneficiaries.CountAsync(),
        await db.Requests.CountAsync(),
        await db.RequestEvents.CountAsync(),
        await db.RequestDocuments.CountAsync(),
        await db.Files.CountAsync(),
        await db.Declarations.CountAsync(),
        await db.AuditEntries.CountAsync(a => Actions.Contains(a.Action)));

    private static readonly string[] Actions = ["BeneficiaryCreated", "RequestReceivedFromWebsite", "DocumentAdded", "DeclarationSigned"];

    private static async Task<PublicApplication> ApplicationAsync(IntakeWorld w)
    {
        var type = await w.TypeAsync("counselling");
        return new PublicApplication(IntakeWorld.Person(IntakeWorld.NationalId(1)), type.Id, "أحتاج إلى من يسمعني", true,
            [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))], new CultureInfo("ar-SA"));
    }
}
