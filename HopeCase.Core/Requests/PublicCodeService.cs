using System.Security.Cryptography;
using System.Text;
using HopeCase.Core.Data;
using HopeCase.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>
/// One-time codes for the public site (issue 10 item 6): before an appeal or a withdrawal from /track, a 6-digit code is
/// sent by SMS to the registered mobile whenever an SMS provider is configured. Only the code's SHA-256 is kept; a code
/// lives 10 minutes, allows 5 tries and is spent when used. It is sent directly through the SMS provider, not through the
/// outbox, so the code is never written down where staff could read it.
/// </summary>
public sealed class PublicCodeService(IDbContextFactory<HopeDb> dbs, MessagingOptions options, MessageProviders providers, TimeProvider clock)
{
    public const string Appeal = "appeal";
    public const string Withdraw = "withdraw";
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A new code not sooner than this after the last one for the same request and purpose.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);

    /// <summary>At most this many codes per request and purpose in an hour.</summary>
    public const int MaxPerHour = 5;

    /// <summary>True when an SMS provider that delivers is configured: only then is a code asked for.</summary>
    public bool Required => options.SmsProvider.Equals("http", StringComparison.OrdinalIgnoreCase);

    public async Task<PublicCodeSend> SendAsync(int requestId, string purpose, CancellationToken ct = default)
    {
        CheckPurpose(purpose);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.AsNoTracking().Include(r => r.Beneficiary).SingleAsync(r => r.Id == requestId, ct);
        if (request.Beneficiary?.Mobile is not { } mobile)
        {
            return PublicCodeSend.NoMobile;
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var recent = await db.PublicCodes.AsNoTracking()
            .Where(c => c.SupportRequestId == requestId && c.Purpose == purpose && c.CreatedAtMs > now - 3_600_000)
            .Select(c => c.CreatedAtMs).ToListAsync(ct);
        if (recent.Count >= MaxPerHour || recent.Any(at => at > now - (long)ResendAfter.TotalMilliseconds))
        {
            return PublicCodeSend.TooSoon;
        }
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.PublicCodes.Add(new PublicCode(requestId, purpose, Hash(requestId, purpose, code), now, now + (long)Lifetime.TotalMilliseconds));
        await db.SaveChangesAsync(ct);
        var language = MessageTexts.Language(request.Beneficiary.MessageLanguage);
        var body = language == "en"
            ? $"Hope Association: your verification code is {code}. It is valid for 10 minutes. Do not share it with anyone."
            : $"جمعية أمل: رمز التحقق الخاص بكم {code}، صالح لمدة 10 دقائق. لا تشاركوه مع أحد.";
        var message = new OutboxMessage($"code:{requestId}:{purpose}:{now}", request.BeneficiaryId, MessageChannel.Sms, MessageKind.PublicCode, mobile, body, language, clock.GetUtcNow());
        try
        {
            await providers.For(MessageChannel.Sms).SendAsync(message, ct);
        }
        catch (MessageNotSentException)
        {
            return PublicCodeSend.NotSent;
        }
        return PublicCodeSend.Sent;
    }

    /// <summary>Checks <paramref name="code"/> against the latest live code and spends it when right. Every try counts.</summary>
    public async Task<bool> VerifyAsync(int requestId, string purpose, string? code, CancellationToken ct = default)
    {
        CheckPurpose(purpose);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var live = await db.PublicCodes
            .Where(c => c.SupportRequestId == requestId && c.Purpose == purpose && c.UsedAtMs == null && c.ExpiresAtMs > now)
            .OrderByDescending(c => c.CreatedAtMs).FirstOrDefaultAsync(ct);
        if (live is null || live.Attempts >= MaxAttempts)
        {
            return false;
        }
        live.Tried();
        var given = (code ?? "").Trim();
        var right = given.Length == 6 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(requestId, purpose, given)), Encoding.ASCII.GetBytes(live.CodeHash));
        if (right)
        {
            live.Use(now);
        }
        await db.SaveChangesAsync(ct);
        return right;
    }

    private static string Hash(int requestId, string purpose, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{requestId}:{purpose}:{code}")));

    private static void CheckPurpose(string purpose)
    {
        if (purpose is not (Appeal or Withdraw))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "appeal or withdraw");
        }
    }
}
