namespace HopeCase.Web.Account;

/// <summary>A session signed in with a temporary password reaches only the account pages until the password is changed.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ClaimType = "hope:must-change-password";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (context.User.HasClaim(ClaimType, "1") && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_blazor")
            && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/culture") && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect("/account/password");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
