using HopeCase.Core.Audit;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;

namespace HopeCase.Core.Messaging;

/// <summary>The administrator's test message: sent at once through the configured provider (not the outbox), the provider's answer returned, audited.</summary>
public sealed class MessagingTest(MessageProviders providers, AuditLog audit, TimeProvider clock)
{
    public string Describe(MessageChannel channel) => providers.For(channel).Name;

    public async Task<(bool Ok, string Answer, string? Reason)> SendAsync(Actor actor, MessageChannel channel, string to, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "send a test message", Roles.Admin);
        if (string.IsNullOrWhiteSpace(to) || to.Length > 200)
        {
            return (false, "to?", "NoAddress");
        }
        var message = new OutboxMessage($"test:{clock.GetUtcNow().ToUnixTimeMilliseconds()}", null, channel, MessageKind.RequestReceipt, to.Trim(),
            "رسالة تجريبية من نظام جمعية أمل. Test message from HopeCase.", "ar", clock.GetUtcNow());
        var provider = providers.For(channel);
        string answer;
        var ok = true;
        string? reason = null;
        try
        {
            answer = await provider.SendWithAnswerAsync(message, ct);
        }
        catch (MessageNotSentException e)
        {
            (ok, answer, reason) = (false, e.Message, e.Reason);
        }
        await audit.RecordAsync(actor, "MessagingTestSent", "Messaging", channel.ToString(), $"{provider.Name} to {AuditText.Term(to)}: {(answer.Length > 200 ? answer[..200] : answer)}", ct);
        return (ok, $"{provider.Name}: {answer}", reason);
    }
}
