using System.Reflection;
using System.Text.RegularExpressions;
using Hangfire.Storage;
using HopeCase.Core.DataExchange;
using HopeCase.Tests.Support;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Security;

/// <summary>
/// Issue 10: job arguments carry ids, never personal data, for every Hangfire job the app enqueues, schedules or
/// makes recurring (the letters' stored arguments are checked in LetterJobArgumentsTests). The job calls are read
/// from the sources, so a new job is checked the day it is written.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed partial class JobArgumentsTests
{
    private static readonly string[] Projects = ["HopeCase.Core", "HopeCase.Web"];

    private static readonly Type[] Allowed = [typeof(int), typeof(long), typeof(bool), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeSpan), typeof(CancellationToken)];

    [Fact]
    public void Every_job_method_the_app_calls_takes_ids_enums_and_dates_only()
    {
        var calls = JobCalls().ToList();
        // The app's jobs today: letters, deadline checks and sweep, import, outbox, surveys, feedback, receipts, backup.
        Assert.Contains(("ImportRunner", "RunAsync"), calls);
        Assert.Contains(("IssueLetterJob", "RunAsync"), calls);
        Assert.Contains(("DeadlineJob", "CheckAsync"), calls);
        Assert.True(calls.Count >= 9, string.Join(", ", calls));
        var types = typeof(HopeCase.Core.Data.HopeDb).Assembly.GetTypes().Concat(typeof(Program).Assembly.GetTypes()).ToList();
        var wrong = new List<string>();
        foreach (var (typeName, methodName) in calls)
        {
            var type = Assert.Single(types, t => t.Name == typeName);
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == methodName).ToList();
            Assert.NotEmpty(methods);
            wrong.AddRange(methods.SelectMany(m => m.GetParameters()).Where(p => !IsIdLike(p)).Select(p => $"{typeName}.{methodName}({p.ParameterType.Name} {p.Name})"));
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_confirmed_import_is_stored_with_the_batch_and_user_ids_and_not_the_officers_name()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var i = w.Intake;
        var imports = new ImportService(i.Dbs, new ImportPlanner(i.Beneficiaries), i.Audit, i.Notifier, w.Jobs, Options.Create(new ImportLimits()), i.Clock);
        var csv = HopeCase.Tests.Core.DataExchange.ImportFileTests.Csv("الاسم الأول,اسم الأب,اسم الجد,اسم العائلة,رقم الهوية أو الإقامة,الجنس,تاريخ الميلاد,الجوال,المحافظة",
            $"سارة,محمد,علي,المالكي,{IntakeWorld.NationalId(1)},أنثى,1990-01-01,0551234567,صبيا");
        var table = imports.Read(IntakeWorld.Officer, csv, "people.csv");
        var batch = await imports.ConfirmAsync(IntakeWorld.Officer, csv, "people.csv", ColumnMapping.Auto(table.Headers));

        var job = Assert.Single(w.JobStorage.GetMonitoringApi().EnqueuedJobs("default", 0, 100), j => j.Value.Job?.Type == typeof(ImportRunner)).Value.Job;
        var stored = Regex.Unescape(InvocationData.SerializeJob(job).Arguments);
        Assert.DoesNotContain(IntakeWorld.Officer.UserName!, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("سارة", stored, StringComparison.Ordinal);
        Assert.Equal(batch, job.Args[0]);
        Assert.Equal(IntakeWorld.Officer.UserId, job.Args[1]);
    }

    /// <summary>An id, a count, a flag, an enum or a date; a string only when it is named as an id or a key (never a name or a text).</summary>
    private static bool IsIdLike(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type.IsEnum || Allowed.Contains(type)
            || (type == typeof(string) && (p.Name!.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Key", StringComparison.Ordinal)));
    }

    /// <summary>(job class, method) of every Enqueue, Schedule, AddOrUpdate and AddRecurringJob call in HopeCase.Core and HopeCase.Web.</summary>
    private static IEnumerable<(string Type, string Method)> JobCalls() =>
        Projects.SelectMany(project => Directory.EnumerateFiles(Path.Combine(Artifacts.RepositoryRoot, project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => JobCall().Matches(File.ReadAllText(f)))
            .Select(m => (m.Groups["type"].Value, m.Groups["method"].Value)).Distinct();

    [GeneratedRegex(@"(?:Enqueue|Schedule|AddOrUpdate|AddRecurringJob)<(?<type>\w+)>\(\s*(?:[\w.]+,\s*)?(?<arg>\w+)\s*=>\s*\k<arg>\.(?<method>\w+)\(")]
    private static partial Regex JobCall();
}
