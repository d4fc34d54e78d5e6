using System.Net;
using HopeCase.Core.Data;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Hosting;

/// <summary>
/// A request that meets a database that is away (issue 11, item 11) is answered 503 with a short page that says so in
/// the person's language, with a retry link, instead of an error page; the next request tries the database again.
/// Anything else goes on to the usual error handling.
/// </summary>
internal static class DatabaseUnavailable
{
    public static void UseDatabaseUnavailable(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseFaults.IsLost(ex) && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseUnavailable))
                .LogWarning(ex, "The database cannot be reached: {Path} answered 503", context.Request.Path);
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            var rtl = Cultures.IsRightToLeft(System.Globalization.CultureInfo.CurrentUICulture);
            string E(string key) => WebUtility.HtmlEncode(l[key]);
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\" dir=\"{(rtl ? "rtl" : "ltr")}\">" +
                $"<head><meta charset=\"utf-8\"><title>{E("Errors.DatabaseUnavailableTitle")}</title></head>" +
                $"<body><main data-testid=\"database-unavailable\"><h1>{E("Errors.DatabaseUnavailableTitle")}</h1><p>{E("Errors.DatabaseUnavailableText")}</p>" +
                $"<p><a href=\"{WebUtility.HtmlEncode(context.Request.Path + context.Request.QueryString)}\">{E("Errors.DatabaseRetry")}</a></p></main></body></html>");
        }
    });
}
