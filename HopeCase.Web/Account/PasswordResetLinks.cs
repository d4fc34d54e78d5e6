using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Messaging;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Web.Account;

/// <summary>
/// One-time password-reset links by e-mail: sent by an administrator for a colleague, or asked for on the "forgot
/// password" page. The token is Identity's (data-protected, expiring after <c>Auth:ResetLinkMinutes</c>, tied to the
/// security stamp, so using it once ends it); the link is absolute https from <c>Public:BaseUrl</c>. The mail goes
/// straight to the mail provider, never through the outbox, so no token is stored. Every step is audited.
/// </summary>
public sealed class PasswordResetLinks(IServiceScopeFactory scopes, MessageProviders providers, MessagingOptions messaging,
    IConfiguration config, SignInThrottle throttle, AuditLog audit)
{
    /// <summary>E-mail is configured (an SMTP provider) and the public address is https: links can be sent.</summary>
    public bool Available => messaging.EmailProvider.Equals("smtp", StringComparison.OrdinalIgnoreCase) && BaseUrl() is not null;

    /// <summary>An administrator sends a colleague a link; the old password keeps working until the link is used.</summary>
    public async Task<bool> SendByAdminAsync(Actor actor, string userId, string culture, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "send a password-reset link", Roles.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user?.Email is null || !Available)
        {
            return false;
        }
        var sent = await SendAsync(users, user, culture, ct);
        await audit.RecordAsync(actor, sent ? "StaffPasswordResetLinkSent" : "StaffPasswordResetLinkFailed", "StaffUser", user.Id, user.Email, ct);
        return sent;
    }

    /// <summary>The "forgot password" form: the same answer whatever the address; throttled per client and per address.</summary>
    public async Task ForgotAsync(string email, string client, string culture, CancellationToken ct = default)
    {
        email = (email ?? "").Trim();
        var actor = new Actor(null, email.Length > 100 ? email[..100] : email, new HashSet<string>()) { Origin = client };
        if (!throttle.TryAcquire("reset:" + client, "reset:" + email))
        {
            await audit.RecordAsync(actor, "PasswordResetThrottled", ct: ct);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        var outcome = user is null ? "PasswordResetUnknownAddress" : !user.IsActive ? "PasswordResetRefusedDisabled"
            : !Available ? "PasswordResetMailNotConfigured" : await SendAsync(users, user, culture, ct) ? "PasswordResetLinkSent" : "PasswordResetLinkFailed";
        await audit.RecordAsync(actor with { UserId = user?.Id }, outcome, "StaffUser", user?.Id, ct: ct);
    }

    /// <summary>Sets the new password when the link's token is valid; the token then stops working (the security stamp changes).</summary>
    public async Task<IdentityResult> ResetAsync(string userId, string token, string password, string client, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId ?? "");
        if (user is null || !user.IsActive)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken" });
        }
        // The identity store saves through the scope's HopeDb: the new password and its audit entry commit together.
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        await using var tx = await db.Database.BeginWriteAsync(ct);
        var actor = new Actor(user.Id, user.UserName, new HashSet<string>()) { Origin = client };
        user.MustChangePassword = false;
        var result = await users.ResetPasswordAsync(user, token ?? "", password ?? "");
        if (result.Succeeded)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            audit.Add(db, actor, "PasswordResetByLink", "StaffUser", user.Id);
            result = await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                return result;
            }
        }
        else
        {
            // Nothing of the refused reset is kept but its audit entry.
            db.ChangeTracker.Clear();
            audit.Add(db, actor, "PasswordResetLinkRefused", "StaffUser", user.Id, string.Join(",", result.Errors.Select(e => e.Code)));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return result;
    }

    private async Task<bool> SendAsync(UserManager<StaffUser> users, StaffUser user, string culture, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{BaseUrl()}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        var minutes = config.GetValue("Auth:ResetLinkMinutes", 60).ToString(CultureInfo.InvariantCulture);
        var body = culture == "en"
            ? $"Hello {user.DisplayName},\n\nTo choose a new HopeCase password, open this link (it works once, for {minutes} minutes):\n{link}\n\nIf you did not ask for it, ignore this message: your password has not changed."
            : $"مرحبًا {user.DisplayName}،\n\nلاختيار كلمة مرور جديدة لنظام جمعية أمل افتح هذا الرابط (يعمل مرة واحدة خلال {minutes} دقيقة):\n{link}\n\nإن لم تطلب ذلك فتجاهل هذه الرسالة، فكلمة مرورك لم تتغير.";
        var message = new OutboxMessage($"reset:{user.Id}", null, MessageChannel.Email, MessageKind.PasswordReset, user.Email!, body, culture == "en" ? "en" : "ar", DateTimeOffset.UtcNow);
        try
        {
            await providers.For(MessageChannel.Email).SendAsync(message, ct);
            return true;
        }
        catch (MessageNotSentException)
        {
            return false;
        }
    }

    private string? BaseUrl() =>
        Uri.TryCreate(config["Public:BaseUrl"], UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps ? u.GetLeftPart(UriPartial.Authority) + u.AbsolutePath.TrimEnd('/') : null;
}
