using HopeCase.Core.Data;
using HopeCase.Core.Inquiries;
using HopeCase.Core.Requests;
using HopeCase.Web.Account;
using HopeCase.Web.Public;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Inquiries;

/// <summary>Inquiries: the guides and answers the relations officers give, and the guides' downloads.</summary>
internal static class InquiriesRegistration
{
    public static void AddInquiries(this IServiceCollection services)
    {
        services.AddSingleton<GuideService>();
        services.AddSingleton<GuideLibrary>();
    }

    /// <summary>Staff open a tool's current file; anyone opens one the association marked public.</summary>
    public static void MapInquiriesEndpoints(this WebApplication app)
    {
        app.MapGet("/guides/{kind:int}", async (int kind, HttpContext http, GuideLibrary library, IDbContextFactory<HopeDb> dbs) =>
            Download(Enum.IsDefined((GuideKind)kind) ? await library.OpenAsync(await CurrentActor.ResolveAsync(dbs, http.User), (GuideKind)kind, http.RequestAborted) : null))
            .RequireAuthorization(p => p.RequireRole(GuideLibrary.Readers));
        app.MapGet("/public/guides/{kind:int}", async (int kind, HttpContext http, GuideLibrary library) =>
            Download(Enum.IsDefined((GuideKind)kind) ? await library.OpenPublicAsync((GuideKind)kind, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted) : null))
            .AllowAnonymous().RequireRateLimiting(PublicChannel.Policy);
    }

    private static IResult Download(StoredFile? file) =>
        file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
}
