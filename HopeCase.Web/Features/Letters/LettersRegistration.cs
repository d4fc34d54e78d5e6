using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Web.Account;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Letters;

/// <summary>Letters: numbering, rendering and printing, the letter jobs, and the staff's PDF downloads.</summary>
internal static class LettersRegistration
{
    public static void AddLetters(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<LetterOptions>().Bind(config.GetSection(LetterOptions.Section))
            .Validate(o => LetterNumbering.IsValidFormat(o.NumberFormat), "Letters:NumberFormat must contain {year} and {seq}").ValidateOnStart();
        services.AddSingleton<PdfEngine>();
        services.AddSingleton(sp => new LetterRegister(sp.GetRequiredService<IDbContextFactory<HopeDb>>(), sp.GetRequiredService<IOptions<LetterOptions>>().Value.NumberFormat));
        services.AddSingleton<LetterTemplates>();
        services.AddSingleton<LogoStore>();
        services.AddSingleton<LetterRenderer>();
        services.AddSingleton<LetterService>();
        services.AddTransient<IssueLetterJob>();
        services.AddSingleton<LetterJobMonitor>();
        services.AddSingleton<RequestLetterLookup>();
        // Decision letters and committee minutes are queued through the same job, once per key.
        services.AddSingleton<ILetterQueue, HangfireLetterQueue>();
        // A receipt whose job was lost (the process killed between the commit and the queue) is queued again.
        services.AddRecurringJob<ReceiptSweep>(ReceiptSweep.RecurringId, j => j.SweepAsync(CancellationToken.None), config["Letters:ReceiptSweepCron"] ?? "*/5 * * * *");
    }

    /// <summary>PDF downloads for staff: the archived original, a stamped copy, a merged batch, mailing labels.</summary>
    public static void MapLettersEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/letters/files").RequireAuthorization(p => p.RequireRole(LetterService.PrintRoles));
        group.MapGet("/{id:int}.pdf", async (int id, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
        {
            var letter = await letters.DownloadAsync(await CurrentActor.ResolveAsync(dbs, http.User), id, http.RequestAborted);
            return Results.File(letter.Pdf, "application/pdf", FileName(letter.Number));
        });
        group.MapGet("/{id:int}-copy.pdf", async (int id, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
        {
            var (letter, pdf) = await letters.ReprintAsync(await CurrentActor.ResolveAsync(dbs, http.User), id, http.RequestAborted);
            return Results.File(pdf, "application/pdf", FileName(letter.Number, "copy"));
        });
        group.MapGet("/batch.pdf", async (string ids, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
            Results.File(await letters.BatchPdfAsync(await CurrentActor.ResolveAsync(dbs, http.User), Ids(ids), http.RequestAborted), "application/pdf", "letters.pdf"));
        group.MapGet("/labels.pdf", async (string ids, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
            Results.File(await letters.LabelsPdfAsync(await CurrentActor.ResolveAsync(dbs, http.User), Ids(ids), http.RequestAborted), "application/pdf", "labels.pdf"));
    }

    private static int[] Ids(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Take(500).ToArray();

    private static string FileName(string number, string? suffix = null) =>
        "letter-" + number.Replace('/', '-') + (suffix is null ? "" : "-" + suffix) + ".pdf";
}
