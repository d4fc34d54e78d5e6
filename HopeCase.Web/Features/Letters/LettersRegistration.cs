using System.Globalization;
using Hangfire;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Web.Account;
using HopeCase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
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
        services.AddSingleton<LetterSource>();
        services.AddTransient<IssueLetterJob>();
        services.AddSingleton<LetterJobMonitor>();
        services.AddSingleton<RequestLetterLookup>();
        // Decision letters and committee minutes are queued through the same job, once per key.
        services.AddSingleton<ILetterQueue, HangfireLetterQueue>();
        // A receipt, decision or withdrawal letter whose job was lost (the process killed between the commit and the
        // queue) is queued again: on schedule and at start-up.
        services.AddTransient<LetterSweep>();
        var sweepCron = config["Letters:SweepCron"] ?? config["Letters:ReceiptSweepCron"] ?? "*/5 * * * *";
        services.AddHostedService(sp => new LetterSweepSchedule(sp.GetRequiredService<IRecurringJobManager>(), sp.GetRequiredService<IBackgroundJobClient>(), sweepCron));
    }

    /// <summary>PDF downloads for staff: the archived original, a stamped copy, a merged batch, mailing labels.</summary>
    public static void MapLettersEndpoints(this WebApplication app)
    {
        // A letter is a person's file: no copy kept by the browser or a proxy.
        var group = app.MapGroup("/letters/files").RequireAuthorization(p => p.RequireRole(LetterService.PrintRoles)).NoStoreResponses();
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
        // Batches change nothing but are audited and sized: POSTs with the antiforgery token, never GET links.
        group.MapPost("/batch.pdf", async ([FromForm] string ids, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
            Batch(ids) is { } list
                ? Results.File(await letters.BatchPdfAsync(await CurrentActor.ResolveAsync(dbs, http.User), list, http.RequestAborted), "application/pdf", "letters.pdf")
                : TooMany());
        group.MapPost("/labels.pdf", async ([FromForm] string ids, HttpContext http, LetterService letters, IDbContextFactory<HopeDb> dbs) =>
            Batch(ids) is { } list
                ? Results.File(await letters.LabelsPdfAsync(await CurrentActor.ResolveAsync(dbs, http.User), list, http.RequestAborted), "application/pdf", "labels.pdf")
                : TooMany());
    }

    /// <summary>The ids of a batch form ("3,5,8"), or null when malformed, empty or over <see cref="LetterAccess.MaxBatch"/>.</summary>
    internal static int[]? Batch(string? ids)
    {
        var parts = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > LetterAccess.MaxBatch)
        {
            return null;
        }
        var list = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out list[i]))
            {
                return null;
            }
        }
        return list.Distinct().ToArray();
    }

    private static IResult TooMany() =>
        Results.Problem($"A batch holds 1 to {LetterAccess.MaxBatch} letters.", statusCode: StatusCodes.Status400BadRequest);

    private static string FileName(string number, string? suffix = null) =>
        "letter-" + number.Replace('/', '-') + (suffix is null ? "" : "-" + suffix) + ".pdf";
}
