namespace HopeCase.Core.Feedback;

/// <summary>"You said, we did": what changed, linked to the suggestions and complaints that led to it.</summary>
public sealed class ImprovementAction
{
    private ImprovementAction()
    {
    }

    public ImprovementAction(string youSaid, string weDid, DateTimeOffset at, string? byName)
    {
        (YouSaid, WeDid, CreatedAt, CreatedByName) = (youSaid.Trim(), weDid.Trim(), at, byName);
    }

    public int Id { get; private set; }
    public string YouSaid { get; private set; } = "";
    public string WeDid { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedByName { get; private set; }
    public bool Published { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public void Publish(bool publish, DateTimeOffset at) => (Published, PublishedAt) = (publish, publish ? at : null);
}
