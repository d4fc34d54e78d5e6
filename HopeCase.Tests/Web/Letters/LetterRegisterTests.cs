using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;
using HopeCase.Web.Features.Letters;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Letters;

/// <summary>The register on the app's real SQLite file: numbers, immutability, copies, idempotent jobs.</summary>
public sealed class LetterRegisterTests(LetterApp app) : IClassFixture<LetterApp>
{
    private static readonly DateOnly Today = SaudiTime.LocalDate(DateTimeOffset.UtcNow);

    private static LetterContent Receipt(string? key = null) =>
        SampleLetters.For(LetterType.RequestReceipt, true, Today) with { IdempotencyKey = key };

    [Fact]
    public async Task Fifty_letters_issued_at_once_get_fifty_consecutive_numbers()
    {
        // 40 through the app's service and 10 through a second register on the same file, as a second process would.
        var dbs = app.Get<IDbContextFactory<HopeDb>>();
        var renderer = app.Get<LetterRenderer>();
        using var other = new LetterRegister(dbs);
        var content = Receipt();
        var viaService = Enumerable.Range(0, 40).Select(_ => app.Letters.IssueAsync(LetterApp.Officer, content));
        var viaOther = Enumerable.Range(0, 10).Select(async _ => (await other.IssueAsync(content, "<p>x</p>", DateTimeOffset.UtcNow, "other",
            (n, code, ct) => renderer.PdfAsync([renderer.View(content, n.Text, DateTimeOffset.UtcNow, "<p>x</p>", code, null)], ct))).Letter);
        var letters = await Task.WhenAll(viaService.Concat(viaOther));

        var sequences = letters.Select(l => l.Sequence).Order().ToList();
        Assert.Equal(50, sequences.Distinct().Count());
        // The app's own jobs (the start-up letter sweep) may issue letters meanwhile and take numbers between them: the
        // register as a whole has every number from the first to the last exactly once.
        var hijriYear = letters[0].HijriYear;
        int first = sequences[0], last = sequences[^1];
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var taken = await db.Letters.AsNoTracking()
                .Where(l => l.HijriYear == hijriYear && l.Sequence >= first && l.Sequence <= last)
                .Select(l => l.Sequence).ToListAsync();
            Assert.Equal(last - first + 1, taken.Count);
            Assert.Equal(taken.Count, taken.Distinct().Count());
        }
        Assert.Equal(50, letters.Select(l => l.Number).Distinct().Count());
        Assert.Equal(50, letters.Select(l => l.VerifyCode).Distinct().Count());
        var year = HijriDate.FromGregorian(Today).Year;
        Assert.All(letters, l => Assert.Matches($"^{year}/\\d{{6}}$", l.Number));
    }

    [Fact]
    public async Task A_failed_render_does_not_use_up_a_number()
    {
        var before = await app.Letters.IssueAsync(LetterApp.Officer, Receipt());
        var register = app.Get<LetterRegister>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => register.IssueAsync(Receipt(), "<p/>", DateTimeOffset.UtcNow, null,
            (_, _, _) => throw new InvalidOperationException("Chromium crashed")));
        var after = await app.Letters.IssueAsync(LetterApp.Officer, Receipt());
        // The app's own jobs may issue letters between the two (slower on PostgreSQL, so there it is seen): whatever
        // came between, every number from before to after belongs to a letter in the register, so none was used up.
        Assert.True(after.Sequence > before.Sequence);
        await using var db = await app.Get<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var taken = await db.Letters.AsNoTracking()
            .Where(l => l.HijriYear == before.HijriYear && l.Sequence >= before.Sequence && l.Sequence <= after.Sequence)
            .Select(l => l.Sequence).Distinct().CountAsync();
        Assert.Equal(after.Sequence - before.Sequence + 1, taken);
    }

    [Fact]
    public async Task The_job_run_twice_issues_one_letter()
    {
        var key = "decision:" + Guid.NewGuid().ToString("N");
        var first = await app.Get<IssueLetterJob>().IssueAsync(key, Receipt(), CancellationToken.None);
        var again = await Task.WhenAll(app.Get<IssueLetterJob>().IssueAsync(key, Receipt(), CancellationToken.None),
            app.Get<IssueLetterJob>().IssueAsync(key, Receipt(), CancellationToken.None));
        Assert.All(again, id => Assert.Equal(first, id));
        await using var db = await app.Get<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Letters.CountAsync(l => l.IdempotencyKey == key));
    }

    [Fact]
    public async Task A_reprint_is_stamped_copy_and_the_archived_original_stays_byte_for_byte()
    {
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, Receipt());
        var (_, copy) = await app.Letters.ReprintAsync(LetterApp.Officer, letter.Id);
        await Pdf.SavePngsAsync(copy, "RequestReceipt-copy");

        Assert.Contains("نسخة من الخطاب الأصلي المؤرشف", await Pdf.TextAsync(copy), StringComparison.Ordinal);
        Assert.DoesNotContain("نسخة من الخطاب", await Pdf.TextAsync(letter.Pdf), StringComparison.Ordinal);
        var archived = await app.Letters.DownloadAsync(LetterApp.Officer, letter.Id);
        Assert.Equal(letter.Pdf, archived.Pdf);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(archived.Pdf)), archived.Sha256);
        Assert.Contains(letter.Number, await Pdf.TextAsync(copy), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admin_manager_and_relations_may_download_and_every_download_is_audited()
    {
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, Receipt());
        await Assert.ThrowsAsync<ForbiddenException>(() => app.Letters.DownloadAsync(LetterApp.Researcher, letter.Id));
        await app.Letters.DownloadAsync(LetterApp.Admin, letter.Id);
        var audit = await app.Get<HopeCase.Core.Audit.AuditLog>().LatestAsync(HopeCase.Tests.Support.Auditor.Actor, 20, nameof(Letter), letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a.Action == "LetterIssued");
        Assert.Contains(audit, a => a.Action == "LetterDownloaded");
    }

    [Fact]
    public void Issued_letters_have_no_public_setter_for_what_was_sent()
    {
        var settable = typeof(Letter).GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).ToList();
        Assert.Empty(settable);
    }
}
