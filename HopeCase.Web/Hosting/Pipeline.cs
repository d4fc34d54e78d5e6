using HopeCase.Web.Account;
using HopeCase.Web.Features.Dashboard;
using HopeCase.Web.Features.DataExchange;
using HopeCase.Web.Features.Health;
using HopeCase.Web.Features.Inquiries;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Layout;
using HopeCase.Web.Public;

namespace HopeCase.Web.Hosting;

internal static class Pipeline
{
    public static void UseHopeCase(this WebApplication app)
    {
        app.UseTransport();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(Cultures.LocalizationOptions());
        app.UseDatabaseUnavailable();
        app.UseAuthentication();
        app.UseTwoFactorGate();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseForbiddenToAccessDenied();
        // Size cap and per-client limits come before antiforgery, which reads the form.
        app.UsePublicChannel();
        app.UseAntiforgery();

        app.MapStaticAssets();
        // No per-message deflate on the circuits' WebSockets: its compressor state is kept for each open page (native
        // memory, ~1 MB of resident memory per idle circuit), while a render batch is small (docs/adr/0032). The
        // default frame-ancestors header that comes with compression is not needed: SecurityHeaders sends 'none'.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
        app.MapAccountEndpoints();
        app.MapKeepAlive();
        app.MapCultureEndpoint();
        app.MapHealthEndpoints();
        app.MapLettersEndpoints();
        app.MapInquiriesEndpoints();
        app.MapDashboardEndpoints();
        app.MapDataExchangeEndpoints();
        app.MapJobsDashboard();
    }
}
