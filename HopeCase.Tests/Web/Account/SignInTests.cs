using System.Net;
using HopeCase.Tests.Support;
using HopeCase.Tests.Web.Hosting;

namespace HopeCase.Tests.Web.Account;

public sealed class SignInTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task A_demo_user_signs_in_and_reaches_home()
    {
        var client = app.Factory.NewClient();
        var response = await HopeAppFactory.SignInAsync(client, "relations@hope.demo", HopeAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Where(response));
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_in_arabic()
    {
        var response = await HopeAppFactory.SignInAsync(app.Factory.NewClient(), "manager@hope.demo", "not the password at all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("البريد الإلكتروني أو كلمة المرور غير صحيحة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        using var factory = new HopeAppFactory();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await HopeAppFactory.SignInAsync(client, "committee@hope.demo", $"wrong password number {i}");
        }
        var response = await HopeAppFactory.SignInAsync(client, "committee@hope.demo", HopeAppFactory.DemoPassword);
        // Locked: the right password gets the same answer as a wrong one, and no session.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("تعذّر تسجيل الدخول", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var response = await app.Factory.NewClient().GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", Where(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_dashboard_is_for_admins_only()
    {
        var anonymous = await app.Factory.NewClient().GetAsync(new Uri("/jobs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        foreach (var email in new[] { "manager@hope.demo", "relations@hope.demo", "research@hope.demo", "committee@hope.demo", "provider@hope.demo" })
        {
            var client = await app.Factory.SignedInClientAsync(email);
            var response = await client.GetAsync(new Uri("/jobs", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }

        var admin = await app.Factory.SignedInClientAsync("admin@hope.demo");
        var dashboard = await admin.GetAsync(new Uri("/jobs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("HopeCase jobs", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_and_a_long_one_without_rules_accepted()
    {
        using var factory = new HopeAppFactory();
        var client = await factory.SignedInClientAsync("provider@hope.demo");
        var page = await client.GetStringAsync(new Uri("/account/password", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        async Task<string> ChangeAsync(string newPassword)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "password",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Current"] = HopeAppFactory.DemoPassword,
                ["Input.New"] = newPassword,
                ["Input.Confirm"] = newPassword,
            });
            var response = await client.PostAsync(new Uri("/account/password", UriKind.Relative), form);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("12", await ChangeAsync("short-pass"), StringComparison.Ordinal);
        Assert.Contains("تم تغيير كلمة المرور", await ChangeAsync("all lowercase words only"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await HopeAppFactory.SignInAsync(factory.NewClient(), "provider@hope.demo", "all lowercase words only")).StatusCode);
    }

    private static string Where(HttpResponseMessage response) =>
        response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
}
