namespace HopeCase.Core.Requests;

/// <summary>
/// A one-time code sent by SMS to the registered mobile before the public site files an appeal or a withdrawal
/// (when an SMS provider is configured). Only the code's SHA-256 is kept; a few wrong tries spend it.
/// </summary>
public sealed class PublicCode
{
    private PublicCode()
    {
    }

    public PublicCode(int requestId, string purpose, string codeHash, long createdAtMs, long expiresAtMs) =>
        (SupportRequestId, Purpose, CodeHash, CreatedAtMs, ExpiresAtMs) = (requestId, purpose, codeHash, createdAtMs, expiresAtMs);

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }

    /// <summary>"appeal" or "withdraw": a code sent for one cannot be used for the other.</summary>
    public string Purpose { get; private set; } = "";

    public string CodeHash { get; private set; } = "";
    public long CreatedAtMs { get; private set; }
    public long ExpiresAtMs { get; private set; }
    public int Attempts { get; private set; }
    public long? UsedAtMs { get; private set; }

    public void Tried() => Attempts++;

    public void Use(long atMs) => UsedAtMs ??= atMs;
}
