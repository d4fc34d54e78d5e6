using HopeCase.Core.Messaging;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Messaging;

public sealed class OutboxSenderTests
{
    private static async Task<(FeedbackWorld W, SmsGateway Gateway, long MessageId)> ReceiptThroughGatewayAsync()
    {
        var w = await FeedbackWorld.CreateAsync();
        var gateway = new SmsGateway();
        w.Messaging.SmsProvider = "http";
        w.Messaging.SmsGatewayUrl = gateway.Url;
        w.Messaging.RetryBaseSeconds = 60;
        await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync());
        await using var db = await w.Dbs.CreateDbContextAsync();
        var id = await db.Outbox.Select(m => m.Id).SingleAsync();
        return (w, gateway, id);
    }

    private static async Task<OutboxMessage> MessageAsync(FeedbackWorld w, long id)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task The_job_run_twice_at_once_and_again_after_sends_the_message_once()
    {
        var (w, gateway, id) = await ReceiptThroughGatewayAsync();
        await using var _ = w;
        using var __ = gateway;
        gateway.Delay = TimeSpan.FromMilliseconds(300);

        var runs = await Task.WhenAll(w.Sender.SendDueAsync(), w.Sender.SendDueAsync());
        var third = await w.Sender.SendDueAsync();

        Assert.Equal(1, gateway.Count);
        Assert.Equal(1, runs.Sum(r => r.Sent));
        Assert.Equal(0, third.Claimed);
        var m = await MessageAsync(w, id);
        Assert.Equal(MessageStatus.Sent, m.Status);
        Assert.Equal("http-sms", m.Provider);
        using var json = System.Text.Json.JsonDocument.Parse(gateway.Bodies[0]);
        Assert.Equal(m.Body, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("+966550000001", json.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public async Task A_gateway_failure_is_retried_with_a_doubling_wait_and_the_outbox_shows_it()
    {
        var (w, gateway, id) = await ReceiptThroughGatewayAsync();
        await using var _ = w;
        using var __ = gateway;
        gateway.FailNext = 2;

        await w.Sender.SendDueAsync();
        var m = await MessageAsync(w, id);
        Assert.Equal(MessageStatus.Retrying, m.Status);
        Assert.Equal(1, m.Attempts);
        Assert.Contains("503", m.LastError, StringComparison.Ordinal);
        Assert.Equal(w.Clock.GetUtcNow().AddSeconds(60), m.NextAttemptAt);

        await w.Sender.SendDueAsync();
        Assert.Equal(1, gateway.Count);

        w.Clock.Advance(TimeSpan.FromSeconds(61));
        await w.Sender.SendDueAsync();
        m = await MessageAsync(w, id);
        Assert.Equal((MessageStatus.Retrying, 2), (m.Status, m.Attempts));
        Assert.Equal(w.Clock.GetUtcNow().AddSeconds(120), m.NextAttemptAt);

        w.Clock.Advance(TimeSpan.FromSeconds(121));
        await w.Sender.SendDueAsync();
        m = await MessageAsync(w, id);
        Assert.Equal((MessageStatus.Sent, 3), (m.Status, m.Attempts));
        Assert.Equal(3, gateway.Count);

        var staffView = await w.Messages.ForBeneficiaryAsync(IntakeWorld.Officer, m.BeneficiaryId!.Value);
        Assert.Equal(MessageStatus.Sent, Assert.Single(staffView).Status);
    }

    [Fact]
    public async Task After_the_last_attempt_the_message_is_marked_failed_and_not_tried_again()
    {
        var (w, gateway, id) = await ReceiptThroughGatewayAsync();
        await using var _ = w;
        using var __ = gateway;
        w.Messaging.MaxAttempts = 2;
        gateway.FailNext = 10;

        await w.Sender.SendDueAsync();
        w.Clock.Advance(TimeSpan.FromMinutes(5));
        await w.Sender.SendDueAsync();
        w.Clock.Advance(TimeSpan.FromHours(5));
        await w.Sender.SendDueAsync();

        var m = await MessageAsync(w, id);
        Assert.Equal((MessageStatus.Failed, 2), (m.Status, m.Attempts));
        Assert.Equal(2, gateway.Count);
    }

    [Fact]
    public async Task A_fresh_install_records_messages_and_sends_nothing()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        using var gateway = new SmsGateway();
        // The gateway address is known but the provider is left at its default: nothing may reach it.
        w.Messaging.SmsGatewayUrl = gateway.Url;
        await w.SubmittedRequestAsync(await w.Intake.NewBeneficiaryAsync());

        var run = await w.Sender.SendDueAsync();

        Assert.Equal((1, 0), (run.Recorded, run.Sent));
        Assert.Equal(0, gateway.Count);
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(MessageStatus.Recorded, (await db.Outbox.SingleAsync()).Status);
    }

    [Fact]
    public async Task Messages_go_only_on_consented_channels_in_the_beneficiarys_language()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        using var gateway = new SmsGateway();
        w.Messaging.SmsProvider = "http";
        w.Messaging.SmsGatewayUrl = gateway.Url;
        var id = await w.Intake.NewBeneficiaryAsync();
        await w.Messages.SetLanguageAsync(IntakeWorld.Officer, id, "en");
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var b = await db.Beneficiaries.SingleAsync(x => x.Id == id);
            var values = new Dictionary<string, string> { ["reference"] = "1448-000001" };
            Assert.Equal(1, Outbox.Queue(db, b, MessageKind.MissingInformation, "t:1", values, w.Clock.GetUtcNow()));
            // No email consent, so no email; asking again adds nothing (the key is taken).
            Assert.Equal(0, Outbox.Queue(db, b, MessageKind.MissingInformation, "t:1", values, w.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            var m = await db.Outbox.SingleAsync();
            Assert.Equal((MessageChannel.Sms, "en"), (m.Channel, m.Culture));
            Assert.StartsWith("Hope Association", m.Body, StringComparison.Ordinal);
            // Consent withdrawn after queuing: the sender suppresses it.
            b.RecordConsent(false, false, w.Clock.GetUtcNow(), "test");
            await db.SaveChangesAsync();
        }
        var run = await w.Sender.SendDueAsync();
        Assert.Equal(1, run.Suppressed);
        Assert.Equal(0, gateway.Count);
    }

    [Fact]
    public async Task Roles_without_access_to_files_cannot_read_a_beneficiarys_messages()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        var id = await w.Intake.NewBeneficiaryAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Messages.ForBeneficiaryAsync(IntakeWorld.Provider, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Messages.ForBeneficiaryAsync(IntakeWorld.Admin, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Messages.SetLanguageAsync(IntakeWorld.Researcher, id, "en"));
    }
}
