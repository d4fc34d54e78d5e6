namespace HopeCase.Web.Account;

/// <summary>
/// Idle sessions end after <c>Auth:IdleTimeoutMinutes</c>. Three parts: the sign-in cookie expires after that
/// time and slides with each request; an open page's script (<c>hopeCase.idle</c> in app.js, started by
/// <see cref="IdleSignOut"/>) renews it through <c>/account/keepalive</c> while the person is active and signs out
/// when they are not; and the circuit's revalidation signs out an open page that has reported no activity in time.
/// </summary>
internal static class IdleTimeout
{
    public static void AddIdleTimeout(this IServiceCollection services) => services.AddScoped<CircuitIdleTracker>();

    public static void MapKeepAlive(this WebApplication app) =>
        app.MapGet("/account/keepalive", (HttpContext http) =>
        {
            // Reaching here through the cookie handler renews a cookie past half its life (sliding expiration).
            http.Response.Headers.CacheControl = "no-store";
            return Results.NoContent();
        }).RequireAuthorization();
}
