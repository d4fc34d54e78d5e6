namespace HopeCase.Core.Committee;

/// <summary>An appeal against a rejection (through an officer or the public site), sent back to the committee.</summary>
public sealed class Appeal
{
    private Appeal()
    {
    }

    public Appeal(int requestId, int earlierDecisionId, string grounds, string channel, DateTimeOffset at, string? byName)
    {
        (SupportRequestId, EarlierDecisionId, Grounds, Channel, FiledAt, FiledByName) = (requestId, earlierDecisionId, grounds.Trim(), channel, at, byName);
    }

    public int Id { get; private set; }
    public int SupportRequestId { get; private set; }
    public int EarlierDecisionId { get; private set; }
    public string Grounds { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public DateTimeOffset FiledAt { get; private set; }
    public string? FiledByName { get; private set; }
}
