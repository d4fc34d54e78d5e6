using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Web.Account;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Letters;

/// <summary>PDF downloads for staff: the archived original, a stamped copy, a merged batch, mailing labels.</summary>
internal static class LetterEndpoints
{
    public static void MapLetterEndpoints(this WebApplication app)
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
