using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Messaging;

public sealed record SendRun(int Claimed, int Sent, int Recorded, int Retrying, int Failed, int Suppressed);

/// <summary>
/// Sends what waits in the outbox. Each message is first claimed by one conditional UPDATE (only a waiting,
/// unclaimed message can be claimed), so two runs of the job at once, or one after the other, send it once.
/// A failure is retried with a doubling wait, up to <see cref="MessagingOptions.MaxAttempts"/>.
/// </summary>
public sealed class OutboxSender(IDbContextFactory<HopeDb> dbs, MessageProviders providers, MessagingOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<SendRun> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(m => (m.Status == MessageStatus.Pending || m.Status == MessageStatus.Retrying)
                    && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(options.BatchSize).ToListAsync(ct);
        }
        int claimed = 0, sent = 0, recorded = 0, retrying = 0, failed = 0, suppressed = 0;
        foreach (var id in due)
        {
            if (!await ClaimAsync(id, now, ct))
            {
                continue;
            }
            claimed++;
            var status = await SendOneAsync(id, ct);
            switch (status)
            {
                case MessageStatus.Sent: sent++; break;
                case MessageStatus.Recorded: recorded++; break;
                case MessageStatus.Retrying: retrying++; break;
                case MessageStatus.Failed: failed++; break;
                case MessageStatus.Suppressed: suppressed++; break;
            }
        }
        return new SendRun(claimed, sent, recorded, retrying, failed, suppressed);
    }

    private async Task<bool> ClaimAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var until = now + Lease;
        var rows = await db.Outbox
            .Where(m => m.Id == id && (m.Status == MessageStatus.Pending || m.Status == MessageStatus.Retrying)
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), ct);
        return rows == 1;
    }

    private async Task<MessageStatus> SendOneAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);
        // Consent is read again at send time: a beneficiary who withdrew it since the message was queued gets nothing.
        if (message.BeneficiaryId is { } bid)
        {
            var consent = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == bid)
                .Select(b => new { b.ConsentSms, b.ConsentEmail }).SingleAsync(ct);
            if (message.Channel == MessageChannel.Sms ? !consent.ConsentSms : !consent.ConsentEmail)
            {
                message.MarkSuppressed("no consent for this channel");
                await db.SaveChangesAsync(ct);
                return message.Status;
            }
        }
        var provider = providers.For(message.Channel);
        try
        {
            await provider.SendAsync(message, ct);
            if (provider.Delivers)
            {
                message.MarkSent(clock.GetUtcNow(), provider.Name);
            }
            else
            {
                message.MarkRecorded(clock.GetUtcNow(), provider.Name);
            }
        }
        catch (Exception e) when (e is MessageNotSentException or HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            var attempt = message.Attempts + 1;
            DateTimeOffset? retryAt = attempt >= options.MaxAttempts
                ? null
                : clock.GetUtcNow().AddSeconds(options.RetryBaseSeconds * Math.Pow(2, attempt - 1));
            message.MarkAttemptFailed(e.Message, provider.Name, retryAt);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return message.Status;
    }
}
