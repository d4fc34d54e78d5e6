using System.Net;
using System.Security.Cryptography;
using System.Text;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using HopeCase.Web.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HopeCase.Tests.Web.Account;

/// <summary>
/// "Forgot password" and the administrator's reset link, end to end over HTTP: the mail arrives at a test SMTP server
/// on 127.0.0.1 over STARTTLS, the link is absolute https from Public:BaseUrl, works once, and every step is audited.
/// </summary>
public sealed class PasswordResetLinkTests
{
    private const string NewPassword = "a long new passphrase 2026";

    private static HopeAppFactory App(TlsSmtpServer smtp)
    {
        var app = new HopeAppFactory();
        app.Settings["Messaging:EmailProvider"] = "smtp";
        app.Settings["Messaging:SmtpHost"] = "127.0.0.1";
        app.Settings["Messaging:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Messaging:SmtpSecurity"] = "starttls";
        app.Settings["Messaging:SmtpFrom"] = "noreply@hope.test";
        app.Settings["Messaging:SmtpPinnedSha256"] = smtp.Certificate.GetCertHashString(HashAlgorithmName.SHA256);
        app.Settings["Public:BaseUrl"] = "https://hope.example/";
        return app;
    }

    private static string LinkIn(string data)
    {
        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data)));
        var text = mail.TextBody ?? "";
        Assert.Contains("يعمل مرة واحدة", text, StringComparison.Ordinal);
        return text.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://", StringComparison.Ordinal));
    }

    private static async Task<string> ResetAsync(HttpClient client, string link)
    {
        var uri = new Uri(link);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var response = await HopeAppFactory.PostFormAsync(client, uri.PathAndQuery, "reset", new()
        {
            ["Input.User"] = query["user"]!, ["Input.Token"] = query["token"]!, ["Input.New"] = NewPassword, ["Input.Confirm"] = NewPassword,
        });
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> ActionsAsync(HopeAppFactory app, string prefix)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith(prefix)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_any_address_and_the_mailed_link_resets_once()
    {
        using var smtp = new TlsSmtpServer(implicitTls: false);
        using var app = App(smtp);
        var client = app.NewClient();
        Assert.Contains("forgot-password", await client.GetStringAsync(new Uri("/account/login", UriKind.Relative)), StringComparison.Ordinal);

        var unknown = await HopeAppFactory.PostFormAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = "nobody@hope.demo" });
        var known = await HopeAppFactory.PostFormAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = "research@hope.demo" });
        var sent = "إن كان هذا البريد مسجلًا لحساب نشط";
        Assert.Contains(sent, WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(sent, WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await smtp.StopAsync();
        Assert.True(smtp.Encrypted);
        Assert.Contains("RCPT TO:<research@hope.demo>", smtp.Commands);
        var link = LinkIn(smtp.Data);
        Assert.StartsWith("https://hope.example/account/reset-password?user=", link, StringComparison.Ordinal);

        Assert.Contains("تم تغيير كلمة المرور", await ResetAsync(client, link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await HopeAppFactory.SignInAsync(app.NewClient(), "research@hope.demo", NewPassword)).StatusCode);
        Assert.Contains("ربما استُخدم من قبل أو انتهت مدته", await ResetAsync(client, link), StringComparison.Ordinal);

        Assert.Equal(["PasswordResetUnknownAddress", "PasswordResetLinkSent", "PasswordResetByLink", "PasswordResetLinkRefused"], await ActionsAsync(app, "PasswordReset"));
    }

    [Fact]
    public async Task An_administrator_sends_a_colleague_a_reset_link_and_the_old_password_works_until_it_is_used()
    {
        using var smtp = new TlsSmtpServer(implicitTls: false);
        using var app = App(smtp);
        StaffUser admin, colleague;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            admin = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@hope.demo");
            colleague = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "relations@hope.demo");
        }
        var links = app.Services.GetRequiredService<PasswordResetLinks>();
        var actor = new Actor(admin.Id, admin.UserName, new HashSet<string> { Roles.Admin });
        await Assert.ThrowsAsync<ForbiddenException>(() => links.SendByAdminAsync(actor with { Roles = new HashSet<string> { Roles.Manager } }, colleague.Id, "ar"));

        Assert.True(await links.SendByAdminAsync(actor, colleague.Id, "ar"));
        await smtp.StopAsync();
        var link = LinkIn(smtp.Data);
        Assert.Equal(HttpStatusCode.Redirect, (await HopeAppFactory.SignInAsync(app.NewClient(), "relations@hope.demo", HopeAppFactory.DemoPassword)).StatusCode);

        Assert.Contains("تم تغيير كلمة المرور", await ResetAsync(app.NewClient(), link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await HopeAppFactory.SignInAsync(app.NewClient(), "relations@hope.demo", NewPassword)).StatusCode);
        Assert.Equal(["StaffPasswordResetLinkSent"], await ActionsAsync(app, "StaffPasswordReset"));
        Assert.Equal(["PasswordResetByLink"], await ActionsAsync(app, "PasswordResetBy"));
    }

    [Fact]
    public async Task A_password_set_by_link_is_not_kept_when_its_audit_entry_is_refused()
    {
        using var app = new HopeAppFactory();
        var dbs = app.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        string id, token, before;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync("relations@hope.demo"))!;
            (id, before, token) = (user.Id, user.PasswordHash!, await users.GeneratePasswordResetTokenAsync(user));
        }
        async Task<(string? Hash, int Entries)> StateAsync()
        {
            await using var db = await dbs.CreateDbContextAsync();
            return ((await db.Users.AsNoTracking().SingleAsync(u => u.Id == id)).PasswordHash,
                await db.AuditEntries.CountAsync(a => a.Action == "PasswordResetByLink" && a.EntityId == id));
        }
        var links = app.Services.GetRequiredService<PasswordResetLinks>();
        await FailingSaves.RefuseAuditAsync(dbs, "PasswordResetByLink");
        await Assert.ThrowsAsync<DbUpdateException>(() => links.ResetAsync(id, token, NewPassword, "127.0.0.1"));
        Assert.Equal((before, 0), await StateAsync());

        // With the entry allowed again the same link works, and its entry is there.
        await FailingSaves.AllowAuditAgainAsync(dbs);
        Assert.True((await links.ResetAsync(id, token, NewPassword, "127.0.0.1")).Succeeded);
        var after = await StateAsync();
        Assert.NotEqual(before, after.Hash);
        Assert.Equal(1, after.Entries);
    }
}
