using System.Globalization;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Data;
using HopeCase.Web.Account;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Dashboard;

/// <summary>The managers' dashboard and its downloads.</summary>
internal static class DashboardRegistration
{
    public static void AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardService>();
        services.AddSingleton<DashboardExport>();
    }

    /// <summary>Downloads of the managers' dashboard: Excel (right to left) and PDF.</summary>
    public static void MapDashboardEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/dashboard/export").RequireAuthorization(p => p.RequireRole(DashboardService.ViewerRoles)).NoStoreResponses();
        group.MapGet("/xlsx", async (string from, string to, HttpContext http, DashboardExport export, IDbContextFactory<HopeDb> dbs) =>
        {
            var period = Period(from, to);
            var bytes = await export.ExcelAsync(await CurrentActor.ResolveAsync(dbs, http.User), period, http.RequestAborted);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"dashboard-{period.FromIso}-{period.ToIso}.xlsx");
        });
        group.MapGet("/pdf", async (string from, string to, HttpContext http, DashboardExport export, IDbContextFactory<HopeDb> dbs) =>
        {
            var period = Period(from, to);
            var bytes = await export.PdfAsync(await CurrentActor.ResolveAsync(dbs, http.User), period, http.RequestAborted);
            return Results.File(bytes, "application/pdf", $"dashboard-{period.FromIso}-{period.ToIso}.pdf");
        });
    }

    private static DashboardPeriod Period(string from, string to)
    {
        var f = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var t = DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return t < f ? new DashboardPeriod(t, f) : new DashboardPeriod(f, t);
    }
}
