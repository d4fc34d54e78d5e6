namespace HopeCase.Core.Committee;

public sealed class Vote
{
    private Vote()
    {
    }

    public Vote(string memberUserId, string? memberName, DecisionKind choice, string? note, DateTimeOffset at)
    {
        (MemberUserId, MemberName, Choice, Note, At) = (memberUserId, memberName, choice, note, at);
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public string? MemberName { get; private set; }
    public DecisionKind Choice { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }

    public void Change(DecisionKind choice, string? note, DateTimeOffset at) => (Choice, Note, At) = (choice, note, at);
}
