using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Security;

namespace HopeCase.Core.Requests;

/// <summary>A request for support: studied and decided by the research committee within the decision window.</summary>
public sealed partial class SupportRequest
{
    private readonly List<RequestEvent> _events = [];
    private readonly List<RequestDocument> _documents = [];

    private SupportRequest() { }

    public SupportRequest(int beneficiaryId, int supportTypeId, string description, ContactChannel channel, bool fromWebsite, DateTimeOffset at, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BeneficiaryId = beneficiaryId;
        SupportTypeId = supportTypeId;
        Description = description.Trim();
        Channel = channel;
        Status = fromWebsite ? RequestStatus.Received : RequestStatus.Draft;
        CreatedAt = at;
        CreatedBy = actor.UserName;
        _events.Add(new RequestEvent(at, actor.UserId, actor.UserName, null, Status, fromWebsite ? Organisation.Terms.WebsiteAr : null));
    }

    public int Id { get; private set; }

    /// <summary>What the beneficiary quotes: Hijri year and a sequence, e.g. 1448-000123.</summary>
    public string? Reference { get; private set; }

    /// <summary>What the public pages ask for: random, unguessable, never the row or the sequence (<see cref="PublicReferences"/>).</summary>
    public string PublicReference { get; private set; } = PublicReferences.New();

    public int BeneficiaryId { get; private set; }
    public Beneficiary? Beneficiary { get; private set; }
    public int SupportTypeId { get; private set; }
    public SupportType? SupportType { get; private set; }
    public string Description { get; private set; } = "";
    public ContactChannel Channel { get; private set; }
    /// <summary>The contact the request came from (P-4): its channel is the request's channel.</summary>
    public int? ContactId { get; private set; }

    public RequestStatus Status { get; private set; }
    public bool IsCritical { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>
    /// When the committee first decided (accepted or rejected), kept on the row so the dashboard's window needs no
    /// join to the timeline; an appeal's second decision leaves it as it was.
    /// </summary>
    public DateTimeOffset? FirstDecidedAt { get; private set; }

    /// <summary>When the committee must have answered (P-6.5); moves later by the time spent waiting on the beneficiary.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset? PausedSince { get; private set; }

    /// <summary>All the time the clock stood still (NeedsInfo) in the current window; the sweep measures days from it.</summary>
    public TimeSpan PausedFor { get; private set; }

    /// <summary>The next instant the deadline sweep must look at this request; null when nothing can fall due.</summary>
    public DateTimeOffset? NextDeadlineAt => NextCheck?.At;

    /// <summary>The row <see cref="NextDeadlineAt"/> is kept in (a table of its own: the sweep rewrites it often).</summary>
    public NextDeadline? NextCheck { get; private set; }

    /// <summary>A new window (after an appeal) starts a new round, so its reminders are new effects.</summary>
    public int ClockRound { get; private set; }

    public string? AssignedResearcherId { get; private set; }
    public string? AssignedResearcherName { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>Optimistic concurrency: two people moving the same request at once, one wins.</summary>
    public int Version { get; private set; }

    public Declaration? Declaration { get; private set; }
    public IReadOnlyList<RequestEvent> Events => _events;
    public IReadOnlyList<RequestDocument> Documents => _documents;

    public void SetReference(string reference) => Reference ??= reference;

    public void CameFrom(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        (ContactId, Channel) = (contact.Id, contact.Channel);
    }

    public void Edit(int supportTypeId, string description, ContactChannel channel)
    {
        if (Status is not (RequestStatus.Draft or RequestStatus.Received))
        {
            throw new InvalidOperationException("Only a draft or a request received from the website can be edited.");
        }
        (SupportTypeId, Description, Channel) = (supportTypeId, description.Trim(), channel);
    }

    public void MarkCritical() => IsCritical = true;

    public void AddDocument(RequestDocument document)
    {
        if (!RequestLifecycle.TakesDocuments(Status))
        {
            throw new InvalidOperationException("Documents are added before submission or while information is awaited.");
        }
        _documents.Add(document);
    }

    public void Sign(Declaration declaration)
    {
        if (Declaration is not null)
        {
            throw new InvalidOperationException("The declaration is already signed and cannot be changed.");
        }
        Declaration = declaration;
    }

    /// <summary>Applies one move from <see cref="RequestLifecycle"/> that needs no decision window; refused moves throw.</summary>
    public Transition Move(RequestTrigger trigger, Actor actor, DateTimeOffset at, string? note = null) => Move(trigger, actor, at, default, note);

    /// <summary>
    /// Applies one move from <see cref="RequestLifecycle"/> with the clock effect its row names; refused moves throw
    /// and change nothing. A move that starts or restarts the clock needs the <paramref name="window"/>.
    /// </summary>
    public Transition Move(RequestTrigger trigger, Actor actor, DateTimeOffset at, DecisionWindow window, string? note = null)
    {
        var move = RequestLifecycle.Require(Status, trigger, actor);
        if (move.Clock is ClockEffect.Start or ClockEffect.Restart && !window.IsGiven)
        {
            throw new ArgumentException($"'{trigger}' opens the decision window: its length must be given.", nameof(window));
        }
        var from = Status;
        Status = move.To;
        Version++;
        switch (move.Clock)
        {
            case ClockEffect.Start:
                StartClock(at, window.For(IsCritical));
                break;
            case ClockEffect.Restart:
                RestartClock(at, window.For(IsCritical));
                break;
            case ClockEffect.Pause:
                PauseClock(at);
                break;
            case ClockEffect.Resume:
                ResumeClock(at);
                break;
            case ClockEffect.Stop:
                PausedSince = null;
                SetNextDeadline(null);
                break;
        }
        NextCheck?.Follow(Version);
        if (move.To is RequestStatus.Accepted or RequestStatus.Rejected && (FirstDecidedAt is null || at < FirstDecidedAt))
        {
            FirstDecidedAt = at;
        }
        _events.Add(new RequestEvent(at, actor.UserId, actor.UserName, from, move.To, note));
        return move;
    }

    public void AssignResearcher(string userId) => AssignedResearcherId = userId;

    public void AssignResearcher(string userId, string? name, DateTimeOffset at) =>
        (AssignedResearcherId, AssignedResearcherName, AssignedAt) = (userId, name, at);
}
