namespace HopeCase.Web.Account;

/// <summary>
/// A signed-in user of a role that needs a second factor but has none is sent to enrolment, and can reach nothing
/// else (no page, no endpoint, no interactive circuit) until enrolled. Sign-out, the language switch, health and
/// the static files stay open.
/// </summary>
internal static class TwoFactorGate
{
    public const string EnrolPath = "/account/two-factor/enrol";

    private static readonly string[] Open = [EnrolPath, "/account/logout", "/account/login", "/culture", "/health", "/_framework", "/_content", "/css", "/js", "/not-found", "/error"];

    public static void UseTwoFactorGate(this WebApplication app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true
            && !StaffClaims.HasSecondFactor(user)
            && http.RequestServices.GetRequiredService<AuthOptions>().RequiresTwoFactor(user)
            && !Open.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Redirect(EnrolPath);
            }
            else
            {
                // With a body, so the status-code pages do not turn it into a page.
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync("second factor required: " + EnrolPath, http.RequestAborted);
            }
            return;
        }
        await next(http);
    });
}
