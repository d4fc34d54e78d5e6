using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Requests;

/// <summary>
/// Issue 10 item 6: with an SMS gateway configured, a withdrawal from /track needs the one-time code sent to the
/// registered mobile. The gateway is a real HTTP listener on 127.0.0.1; the code is read from what it received.
/// </summary>
public sealed partial class TrackCodeTests : IDisposable
{
    private readonly SmsGateway _gateway = new();
    private readonly PublicApp _app = new();

    public TrackCodeTests()
    {
        _app.Settings["Messaging:SmsProvider"] = "http";
        _app.Settings["Messaging:SmsGatewayUrl"] = _gateway.Url;
    }

    public void Dispose()
    {
        _app.Dispose();
        _gateway.Dispose();
    }

    private async Task<(int Id, string Reference, string Last4)> AppliedAsync(int n)
    {
        var services = _app.Services;
        var type = await _app.TypeAsync("counselling");
        var nid = IntakeWorld.NationalId(n);
        var result = await services.GetRequiredService<PublicIntakeService>().ApplyAsync(new PublicApplication(IntakeWorld.Person(nid, "سلمى", "العمري"), type.Id,
            "أحتاج إلى من يسمعني", true, [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))],
            new CultureInfo("ar-SA")), null);
        Assert.Empty(result.Errors);
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var key = PublicReferences.Normalize(result.Reference);
        var id = await db.Requests.Where(r => r.PublicReference == key).Select(r => r.Id).SingleAsync();
        return (id, result.Reference!, nid[^4..]);
    }

    private async Task<RequestStatus> StatusAsync(int id)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        return await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }

    private static async Task<string> PostWithdrawAsync(HttpClient client, string reference, string last4, string code, string action = "")
    {
        var token = await PublicApp.TokenAsync(client, "/track");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "withdraw",
            ["__RequestVerificationToken"] = token,
            ["Withdraw.Reference"] = reference,
            ["Withdraw.Last4"] = last4,
            ["Withdraw.Reason"] = "تحسنت حالتي والحمد لله",
            ["Withdraw.Confirm"] = "true",
            ["Withdraw.Code"] = code,
            ["Withdraw.Action"] = action,
        });
        var response = await client.PostAsync(new Uri("/track", UriKind.Relative), form);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The code the gateway received for this request's withdrawal (its reference field names the request).</summary>
    private string CodeSentFor(int id)
    {
        var body = Assert.Single(_gateway.Bodies, b => b.Contains($"\"code:{id}:withdraw:", StringComparison.Ordinal));
        var text = JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!;
        return SixDigits().Match(text).Value;
    }

    [Fact]
    public async Task A_withdrawal_from_track_needs_the_code_sent_by_sms_and_a_wrong_code_is_refused()
    {
        var (id, reference, last4) = await AppliedAsync(9311);
        var client = _app.ClientFrom("10.9.1.1");

        var tracked = WebUtility.HtmlDecode(await (await PublicApp.PostTrackAsync(client, reference, last4)).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"withdraw-send-code\"", tracked, StringComparison.Ordinal);
        var noCode = await PostWithdrawAsync(client, reference, last4, "");
        Assert.Contains("data-testid=\"withdraw-error\"", noCode, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Received, await StatusAsync(id));

        var sent = await PostWithdrawAsync(client, reference, last4, "", "send");
        Assert.Contains("data-testid=\"withdraw-code-sent\"", sent, StringComparison.Ordinal);
        var code = CodeSentFor(id);
        Assert.Matches("^[0-9]{6}$", code);
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync())
        {
            var stored = await db.PublicCodes.SingleAsync(c => c.SupportRequestId == id);
            Assert.DoesNotContain(code, stored.CodeHash, StringComparison.Ordinal);
            Assert.Equal(64, stored.CodeHash.Length);
        }
        // Asking again at once sends nothing more.
        Assert.Contains("data-testid=\"withdraw-error\"", await PostWithdrawAsync(client, reference, last4, "", "send"), StringComparison.Ordinal);

        var wrong = code == "000000" ? "000001" : "000000";
        Assert.Contains("data-testid=\"withdraw-error\"", await PostWithdrawAsync(client, reference, last4, wrong), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Received, await StatusAsync(id));

        Assert.Contains("data-testid=\"withdraw-done\"", await PostWithdrawAsync(client, reference, last4, code), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Withdrawn, await StatusAsync(id));
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused()
    {
        var (id, reference, last4) = await AppliedAsync(9312);
        var client = _app.ClientFrom("10.9.1.2");
        Assert.Contains("data-testid=\"withdraw-code-sent\"", await PostWithdrawAsync(client, reference, last4, "", "send"), StringComparison.Ordinal);
        var code = CodeSentFor(id);
        var wrong = code == "999999" ? "999998" : "999999";
        for (var i = 0; i < PublicCodeService.MaxAttempts; i++)
        {
            Assert.Contains("data-testid=\"withdraw-error\"", await PostWithdrawAsync(client, reference, last4, wrong), StringComparison.Ordinal);
        }
        var sixth = await PostWithdrawAsync(client, reference, last4, code);
        Assert.Contains("data-testid=\"withdraw-error\"", sixth, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"withdraw-done\"", sixth, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Received, await StatusAsync(id));
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
