using HopeCase.Core.Audit;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Account;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<StaffUser> signIn, AuditLog audit) =>
        {
            var name = http.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (name is not null)
            {
                await audit.RecordAsync(new Actor(null, name, new HashSet<string>()), "SignOut");
            }
            // The page's idle script signs out with ?idle=1, so the sign-in page can say why.
            return Results.LocalRedirect(http.Request.Query["idle"] == "1" ? "/account/login?idle=1" : "/account/login");
        });
    }
}
