namespace HopeCase.Web.Demo;

/// <summary>
/// Seeds the demo data (Development only: <see cref="Hosting.DatabaseStartup"/>, setting <c>Demo:Seed</c>), one seeder per
/// feature, in the fixed order below. Each seeder adds its data once, into a database that has none of it yet.
/// <see cref="SampleLetters"/> is not seeded: it is the example content the letter template editor, the benchmark and the tests print.
/// </summary>
internal static class DemoSeeder
{
    // The order matters: each seeder builds on what the ones before it wrote.
    private static readonly Func<DemoRun, CancellationToken, Task>[] Order =
    [
        StaffDemo.SeedAsync,           // first: every later seeder acts as one of the demo logins
        BeneficiariesDemo.SeedAsync,   // the people every request, survey and message belongs to
        ResearchDemo.SeedAsync,        // seeds only into an empty request table, so it runs before DashboardDemo, which adds requests of its own
        CommitteeDemo.SeedAsync,       // these three carry the research demo's requests on (a past session, a registration, a service plan),
        RegistrationDemo.SeedAsync,    //   and do nothing when it seeded nothing
        ServiceDeliveryDemo.SeedAsync,
        DashboardDemo.SeedAsync,       // the feedback seed (setting Demo:FeedbackSeed, false in the tests): these four together, once, while
        SurveysDemo.SeedAsync,         //   there are no survey answers yet; DemoRun.FeedbackSeedAsync decides that before any of them writes
        FeedbackDemo.SeedAsync,
        MessagingDemo.SeedAsync,
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var run = new DemoRun(services);
        foreach (var seed in Order)
        {
            await seed(run, ct);
        }
    }
}
