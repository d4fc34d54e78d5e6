using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Demo;

/// <summary>One run of the demo seeders: what they share (services, one "now") and what an earlier seeder leaves for a later one.</summary>
internal sealed class DemoRun(IServiceProvider services)
{
    private Task<FeedbackSeed?>? _feedbackSeed;

    public IDbContextFactory<HopeDb> Dbs { get; } = services.GetRequiredService<IDbContextFactory<HopeDb>>();

    public UserManager<StaffUser> Users { get; } = services.GetRequiredService<UserManager<StaffUser>>();

    public HopeCase.Web.Account.AuthOptions Auth { get; } = services.GetRequiredService<HopeCase.Web.Account.AuthOptions>();

    public DateTimeOffset Now { get; } = services.GetRequiredService<TimeProvider>().GetUtcNow();

    private IConfiguration Config { get; } = services.GetRequiredService<IConfiguration>();

    /// <summary>
    /// Set by <see cref="ResearchDemo"/> when it seeded in this run: its three requests for a past committee session, which
    /// <see cref="CommitteeDemo"/> decides (accepted, accepted, rejected) and whose first the registration and service demos carry on.
    /// </summary>
    public IReadOnlyList<int>? PastSessionRequests { get; set; }

    /// <summary>A demo login as the services see it: its id, name and roles.</summary>
    public async Task<Actor> ActorAsync(string email)
    {
        var user = (await Users.FindByEmailAsync(email))!;
        return new Actor(user.Id, user.DisplayName, (await Users.GetRolesAsync(user)).ToHashSet());
    }

    /// <summary>
    /// What the dashboard, surveys, feedback and messaging demo share, or null when they seed nothing: the setting
    /// <c>Demo:FeedbackSeed</c> is false, there are survey answers already, or too few beneficiaries or no support types.
    /// Decided once per run, on the first call, so a seeder that writes cannot change the answer for the ones after it.
    /// </summary>
    public Task<FeedbackSeed?> FeedbackSeedAsync(CancellationToken ct) => _feedbackSeed ??= DecideFeedbackSeedAsync(ct);

    private async Task<FeedbackSeed?> DecideFeedbackSeedAsync(CancellationToken ct)
    {
        if (!Config.GetValue("Demo:FeedbackSeed", true))
        {
            return null;
        }
        await using var db = await Dbs.CreateDbContextAsync(ct);
        if (await db.SurveyResponses.AnyAsync(ct))
        {
            return null;
        }
        var officerUser = await Users.FindByEmailAsync("relations@hope.demo");
        var officer = new Actor(officerUser?.Id, officerUser?.DisplayName, new HashSet<string> { Roles.RelationsOfficer });
        var people = await db.Beneficiaries.OrderBy(b => b.Id).Take(6).ToListAsync(ct);
        var types = await db.SupportTypes.Select(t => t.Id).ToListAsync(ct);
        return people.Count < 4 || types.Count == 0 ? null : new FeedbackSeed(people, types, officer);
    }
}

/// <summary>The beneficiaries, support types and relations officer the feedback seed's demo data is about.</summary>
internal sealed record FeedbackSeed(IReadOnlyList<Beneficiary> People, IReadOnlyList<int> SupportTypes, Actor Officer);
