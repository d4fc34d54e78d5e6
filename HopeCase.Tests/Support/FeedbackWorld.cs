using HopeCase.Core.Dashboard;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>The intake world plus this feature's services, on the same SQLite file and the same fake clock.</summary>
public sealed class FeedbackWorld : IAsyncDisposable
{
    private FeedbackWorld(IntakeWorld intake) => Intake = intake;

    public IntakeWorld Intake { get; }
    public FeedbackOptions Options { get; } = new() { PublicBaseUrl = "https://hope.example" };
    public MessagingOptions Messaging { get; } = new();
    public OutboxSender Sender => new(Intake.Dbs, new MessageProviders(Messaging, Http, new OAuthTokenSource(Messaging, Http, Intake.Clock)), Messaging, Intake.Clock);
    public SurveyService Surveys { get; private set; } = default!;
    public SurveyInviter Inviter { get; private set; } = default!;
    public FollowUpService FollowUps { get; private set; } = default!;
    public InternalServiceRegister Internal { get; private set; } = default!;
    public FeedbackService Feedback { get; private set; } = default!;
    public FeedbackDeadlineSweep Deadlines { get; private set; } = default!;
    public ImprovementService Improvements { get; private set; } = default!;
    public DashboardService Dashboard { get; private set; } = default!;
    public MessageLog Messages { get; private set; } = default!;
    public IDbContextFactory<HopeDb> Dbs => Intake.Dbs;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => Intake.Clock;
    /// <summary>The real client factory, as the app registers it (clients time out after 10 s).</summary>
    private static IHttpClientFactory Http { get; } = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
        .AddHttpClient(MessageProviders.SmsClient, c => c.Timeout = TimeSpan.FromSeconds(10)).Services
        .BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    public static Actor Committee { get; } = new("u-com", "عضو اللجنة", new HashSet<string> { Roles.CommitteeMember });

    public static async Task<FeedbackWorld> CreateAsync()
    {
        var w = new FeedbackWorld(await IntakeWorld.CreateAsync());
        var o = Microsoft.Extensions.Options.Options.Create(w.Options);
        var profile = Microsoft.Extensions.Options.Options.Create(new OrganisationProfile { Website = "https://org.example" });
        w.Surveys = new SurveyService(w.Dbs, w.Intake.Audit, w.Clock, o);
        w.Inviter = new SurveyInviter(w.Dbs, w.Clock, o, profile);
        w.FollowUps = new FollowUpService(w.Dbs, w.Intake.Audit, w.Clock);
        w.Internal = new InternalServiceRegister(w.Dbs, w.Intake.Audit, w.Clock, o, w.Inviter);
        w.Feedback = new FeedbackService(w.Dbs, w.Intake.Audit, w.Clock, o);
        w.Deadlines = new FeedbackDeadlineSweep(w.Dbs, w.Clock, o);
        w.Improvements = new ImprovementService(w.Dbs, w.Intake.Audit, w.Clock);
        w.Dashboard = new DashboardService(w.Dbs, w.Intake.Audit, w.Clock);
        w.Messages = new MessageLog(w.Dbs, w.Intake.Audit);
        return w;
    }

    /// <summary>A submitted request (receipt SMS queued), returned with its id.</summary>
    public async Task<int> SubmittedRequestAsync(int beneficiaryId, string type = "counselling")
    {
        var id = await Intake.CompleteDraftAsync(beneficiaryId, type);
        var result = await Intake.Intake.SubmitAsync(IntakeWorld.Officer, id);
        Assert.True(result.Submitted);
        return id;
    }

    /// <summary>Moves a request along the lifecycle table as the right role would, at the clock's time.</summary>
    public async Task MoveAsync(int requestId, params (RequestTrigger Trigger, Actor Actor)[] moves)
    {
        await using var db = await Dbs.CreateDbContextAsync();
        var r = await db.Requests.Include(x => x.Events).SingleAsync(x => x.Id == requestId);
        foreach (var (trigger, actor) in moves)
        {
            r.Move(trigger, actor, Clock.GetUtcNow());
        }
        await db.SaveChangesAsync();
    }

    public Task DecideAsync(int requestId, RequestTrigger decision = RequestTrigger.Accept) => MoveAsync(requestId,
        (RequestTrigger.Assign, IntakeWorld.Manager), (RequestTrigger.Recommend, IntakeWorld.Researcher), (decision, Committee));

    public async Task<string> OnlyTokenAsync(int requestId, SurveyTrigger trigger)
    {
        // The token is only in the message: take it from the outbox, as the beneficiary would from the SMS.
        await using var db = await Dbs.CreateDbContextAsync();
        var body = await db.Outbox.Where(m => m.Kind == MessageKind.SurveyInvitation && m.IdempotencyKey.StartsWith($"survey:{requestId}:{trigger}:"))
            .Select(m => m.Body).FirstAsync();
        var at = body.IndexOf("/survey/", StringComparison.Ordinal) + "/survey/".Length;
        return body[at..].Split(' ', '\n')[0];
    }

    public ValueTask DisposeAsync() => Intake.DisposeAsync();
}
