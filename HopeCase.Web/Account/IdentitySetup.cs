using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Account;

internal static class IdentitySetup
{
    public static void AddHopeIdentity(this IServiceCollection services, IConfiguration config, IHostEnvironment environment)
    {
        var revalidate = TimeSpan.FromSeconds(config.GetValue("Auth:RevalidationSeconds", 60));
        var auth = AuthOptions.From(config);
        // Behind the TLS proxy the cookies only travel over HTTPS; a developer's plain-HTTP run keeps them usable.
        var secure = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // In Production the names carry the __Host- prefix: Secure, path /, no domain, so no other host can set them.
        var prefix = environment.IsProduction() ? "__Host-" : "";
        services.AddSingleton(auth);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInFlow>();
        services.AddSingleton<PasswordResetLinks>();
        // A reset link works once (the security stamp changes when it is used) and only for this long.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromMinutes(config.GetValue("Auth:ResetLinkMinutes", 60)));
        services.AddIdleTimeout();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider>(sp => new StaffRevalidatingStateProvider(
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<IServiceScopeFactory>(), revalidate, sp.GetRequiredService<CircuitIdleTracker>()));

        services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();

        services.AddIdentityCore<StaffUser>(o =>
            {
                // NIST-style: long passwords, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HopeDb>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaims>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: the same codes, each accepted only once.
            .AddTokenProvider<OnceAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        // Identity's store with the recovery codes kept hashed (registered after it, so this one is used).
        services.AddScoped<IUserStore<StaffUser>, HashedRecoveryCodeStore>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = prefix + "hopecase.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            // Idle sessions end: the cookie lives for the idle time and slides with each request (open pages
            // keep it alive while the person is active; see IdleTimeout).
            o.ExpireTimeSpan = auth.IdleTimeout;
            o.SlidingExpiration = true;
        });
        // The short-lived cookie between the password and the second factor.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = prefix + "hopecase.2fa";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = prefix + "hopecase.af";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Static pages revalidate the cookie on the same interval as open interactive sessions.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = revalidate);
        services.AddAuthorization();
        services.AddScoped<CurrentActor>();
    }
}
