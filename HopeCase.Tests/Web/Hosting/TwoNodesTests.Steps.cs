using HopeCase.Tests.Browser;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Playwright;
using Npgsql;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>The scale test's steps: the research officer's move on node A, and reminders made due for the job servers.</summary>
public sealed partial class TwoNodesTests
{
    /// <summary>
    /// The research officer, on node A, studies the request under study and sends it to the committee; the member's open
    /// home page on node B counts it among the requests awaiting the committee without a reload. Returns the request's id.
    /// </summary>
    private static async Task<int> OfficerSendsToCommitteeAsync(IBrowser browser, TwoNodes nodes, string onA, IPage member)
    {
        var id = (int)await nodes.ScalarAsync("SELECT min(\"Id\") FROM \"Requests\" WHERE \"Status\" = 3");
        await member.GotoAsync("/");
        await BrowserFixture.WaitInteractiveAsync(member);
        var counter = "[data-testid='count-Committee.QueueOnAgenda']";
        var before = int.Parse(await member.InnerTextAsync(counter), System.Globalization.CultureInfo.InvariantCulture);
        await member.EvaluateAsync("() => { window.hopecaseNoReload = true; }");

        var officer = await PageOnAsync(browser, nodes, onA);
        await BrowserFixture.SignInAsync(officer, "research@hope.demo");
        await officer.GotoAsync($"/research/{id}");
        await BrowserFixture.WaitInteractiveAsync(officer);
        await officer.FillAsync("[data-testid=visit-date]", "2026/11/20 م");
        await officer.Keyboard.PressAsync("Tab");
        await officer.FillAsync("[data-testid=findings]", "يعيش مع أسرته ويعاني من قلق شديد بعد فقد عمله");
        await officer.FillAsync("[data-testid=needs]", "يحتاج جلسات إرشاد نفسي أسبوعية لمدة ثلاثة أشهر");
        await officer.FillAsync("[data-testid=reasons]", "الحاجة ثابتة والشروط منطبقة");
        await officer.ClickAsync("[data-testid=send-study]");
        await officer.ClickAsync(".mud-dialog .mud-button:has-text('إرسال إلى اللجنة')");
        Assert.True(await Eventually.UntilAsync(async () => await nodes.ScalarAsync($"SELECT count(*) FROM \"Requests\" WHERE \"Id\" = {id} AND \"Status\" = 4") == 1,
            TimeSpan.FromSeconds(30)), "the study was not sent to the committee");
        Assert.Equal(nodes.A.Port, await nodes.Nginx.NodeForAsync(onA));

        // Node B's page learns of node A's move without a reload (PostgreSQL LISTEN/NOTIFY).
        await BrowserFixture.WaitForAsync(member, $"() => document.querySelector(\"{counter}\").innerText.trim() === '{before + 1}'");
        Assert.True(await member.EvaluateAsync<bool>("() => window.hopecaseNoReload === true"), "the count updated by a reload");
        await BrowserFixture.ScreenshotAsync(member, "two-nodes-0-awaiting-count-live-on-node-b");
        await officer.Context.CloseAsync();
        return id;
    }

    /// <summary>
    /// Makes every request whose clock runs (and was never paused) five and a half days overdue, with its check due now,
    /// and forgets the reminders sent so far: each such request now owes exactly three reminders (the research
    /// officer's, the chair's and the fifth day's escalation). Returns the keys expected.
    /// </summary>
    private static async Task<List<string>> MakeRemindersDueAsync(TwoNodes nodes)
    {
        var binary = new DateTimeOffsetToBinaryConverter();
        long At(TimeSpan ago) => (long)binary.ConvertToProvider(DateTimeOffset.UtcNow - ago)!;
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var keys = new List<string>();
        await using (var update = new NpgsqlCommand(
            "WITH moved AS (UPDATE \"Requests\" SET \"SubmittedAt\" = @submitted, \"DueAt\" = @due " +
            "WHERE \"Status\" IN (2, 3, 4, 6) AND \"PausedSince\" IS NULL AND \"PausedFor\" = interval '0' AND \"SubmittedAt\" IS NOT NULL AND \"DueAt\" IS NOT NULL " +
            "RETURNING \"Id\", \"ClockRound\", \"Version\"), " +
            "checks AS (INSERT INTO \"RequestNextDeadlines\" (\"RequestId\", \"RequestVersion\", \"At\") SELECT \"Id\", \"Version\", @due FROM moved " +
            "ON CONFLICT (\"RequestId\") DO UPDATE SET \"At\" = excluded.\"At\", \"RequestVersion\" = excluded.\"RequestVersion\") " +
            "SELECT \"Id\", \"ClockRound\" FROM moved", connection, tx))
        {
            update.Parameters.AddWithValue("submitted", At(TimeSpan.FromDays(19.5)));
            update.Parameters.AddWithValue("due", At(TimeSpan.FromDays(5.5)));
            await using var rows = await update.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                var (id, round) = (rows.GetInt32(0), rows.GetInt32(1));
                keys.AddRange([$"deadline:{id}:{round}:research", $"deadline:{id}:{round}:chair", $"deadline:{id}:{round}:overdue:5"]);
            }
        }
        await using (var forget = new NpgsqlCommand("DELETE FROM \"StaffNotifications\" WHERE \"Key\" LIKE 'deadline:%'", connection, tx))
        {
            await forget.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        return keys;
    }
}
