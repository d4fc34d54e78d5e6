using HopeCase.Core.Security;

namespace HopeCase.Web.Hosting;

/// <summary>
/// A service that refuses a record (<see cref="ForbiddenException"/>) while a page is rendered on the server sends the
/// person to the access-denied page instead of an error page: what was refused is in the audit trail, not on screen.
/// </summary>
internal static class ForbiddenToAccessDenied
{
    public static void UseForbiddenToAccessDenied(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (ForbiddenException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.Redirect("/account/access-denied");
        }
    });
}
