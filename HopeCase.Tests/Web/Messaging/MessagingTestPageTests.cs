using Bunit;
using System.Security.Cryptography;
using HopeCase.Core.Messaging;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Messaging;

/// <summary>The administrator's test page sends through the configured providers and shows their answer: a real SMTP server's reply, a hanging SMS gateway's timeout in Arabic.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class MessagingTestPageTests : AppComponentTest
{
    private void Use(MessagingOptions options)
    {
        Services.AddSingleton(options);
        Services.AddHttpClient(MessageProviders.SmsClient, c => c.Timeout = TimeSpan.FromSeconds(options.SmsTimeoutSeconds));
        Services.AddSingleton<MessagingTest>();
    }

    [Fact]
    public async Task A_gateway_that_never_answers_shows_the_arabic_timeout_message_and_is_audited()
    {
        using var gateway = new SilentGateway();
        Use(new MessagingOptions { SmsProvider = "http", SmsGatewayUrl = gateway.Url, SmsTimeoutSeconds = 1 });
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<MessagingTestPage>();
        Assert.Contains("http-sms", cut.Find("[data-testid=providers]").TextContent, StringComparison.Ordinal);

        Choose(cut, "test-channel", "SMS");
        cut.Find("[data-testid=test-to]").Change("0550000001");
        cut.Find("button[data-testid=test-send]").Click();

        cut.WaitForAssertion(() => Assert.Equal("لم يرد مزود الرسائل خلال المهلة المحددة (1 ثانية). لم تُرسل الرسالة؛ تحقق من عنوان البوابة أو أعد المحاولة لاحقًا.",
            cut.Find("[data-testid=test-problem]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Contains("did not answer within 1 s", cut.Find("[data-testid=test-answer]").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Accepted);
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "MessagingTestSent" && a.EntityId == "Sms"));
    }

    [Fact]
    public async Task An_e_mail_test_shows_the_smtp_servers_own_answer()
    {
        using var smtp = new TlsSmtpServer(implicitTls: true);
        Use(new MessagingOptions
        {
            EmailProvider = "smtp", SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = "ssl", SmtpFrom = "noreply@hope.test",
            SmtpPinnedSha256 = smtp.Certificate.GetCertHashString(HashAlgorithmName.SHA256),
        });
        await SignInAsync(IntakeWorld.Admin);
        var cut = RenderPage<MessagingTestPage>();
        cut.Find("[data-testid=test-to]").Change("colleague@hope.test");
        cut.Find("button[data-testid=test-send]").Click();

        cut.WaitForAssertion(() => Assert.Contains("smtp: 2.0.0 queued as TEST42", cut.Find("[data-testid=test-answer]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=test-problem]"));
        await smtp.StopAsync();
        Assert.True(smtp.Encrypted);
        Assert.Contains("RCPT TO:<colleague@hope.test>", smtp.Commands);
    }
}
