using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HopeCase.Benchmarks;

/// <summary>
/// The process the crash harness kills: the whole HopeCase app (web host, job server, PDF engine) as Program starts
/// it, and beside it a burst of work through the app's own services: a request submitted (its receipt letter and SMS
/// queued as jobs), a letter issued and printed, a survey answer recorded. After each commit it prints one line
/// "ACK kind id detail", so the harness knows exactly which writes were acknowledged before the kill.
/// </summary>
internal static class CrashWorker
{
    public const string Name = "crash-worker";

    private static readonly Actor Officer = new("crash-officer", "موظف العلاقات (اختبار الانهيار)", new HashSet<string> { Roles.RelationsOfficer });

    public static async Task<int> RunAsync(string[] args)
    {
        var start = int.Parse(args[0], CultureInfo.InvariantCulture);
        var drive = args[1] == "drive";
        // The web app's name, so its static assets manifest (copied beside this program) is found as when it runs itself.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[2..], ApplicationName = "HopeCase.Web" });
        builder.AddHopeCase();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.UseHopeCase();
        await app.StartAsync();
        Console.WriteLine("READY");
        if (!drive)
        {
            await app.WaitForShutdownAsync();
            return 0;
        }
        var sp = app.Services;
        var beneficiaries = sp.GetRequiredService<BeneficiaryService>();
        var intake = sp.GetRequiredService<RequestIntakeService>();
        var letters = sp.GetRequiredService<LetterService>();
        var surveys = sp.GetRequiredService<SurveyService>();
        var dbs = sp.GetRequiredService<IDbContextFactory<HopeDb>>();
        var type = (await intake.CatalogueAsync()).First(t => t.Code == "counselling");
        var submitted = System.Threading.Channels.Channel.CreateUnbounded<int>();

        // Two officers submit and record answers at once; a third issues a letter for each submitted request.
        async Task SubmitLoop(int first)
        {
            for (var n = first; ; n += 2)
            {
                var saved = await beneficiaries.CreateAsync(Officer, Person(n), acknowledgeWarnings: true);
                var draft = await intake.CreateDraftAsync(Officer, saved.Id!.Value, type.Id, "يمر بضائقة نفسية (اختبار الانهيار)", ContactChannel.Interview);
                foreach (var need in type.Requirements)
                {
                    await intake.AddDocumentAsync(Officer, draft, need.Id, "doc.pdf", Pdf(n), need.HasExpiry ? new DateOnly(2031, 1, 1) : null);
                }
                await intake.SignAsync(Officer, draft, SignatureKind.DrawnOnScreen, Png, "مستفيد اختبار", CultureInfo.GetCultureInfo("ar-SA"));
                var result = await intake.SubmitAsync(Officer, draft);
                Ack("submit", draft, result.Reference ?? "-");
                await submitted.Writer.WriteAsync(draft);
                var survey = await surveys.RecordOfflineAsync(Officer, draft, SurveyMode.Phone, new SurveyAnswer(new SurveyScores(5, 4, 5, 3, 4, 5), "شكراً", false));
                Ack("survey", survey, draft.ToString(CultureInfo.InvariantCulture));
            }
        }

        async Task LetterLoop()
        {
            await foreach (var id in submitted.Reader.ReadAllAsync())
            {
                await using var db = await dbs.CreateDbContextAsync();
                var request = await db.Requests.Include(r => r.Beneficiary).AsNoTracking().SingleAsync(r => r.Id == id);
                var copy = RequestLetters.Receipt(request) with { IdempotencyKey = $"crash:{id.ToString(CultureInfo.InvariantCulture)}:copy" };
                var letter = await letters.IssueAsync(Officer, copy);
                Ack("letter", letter.Id, letter.Number);
            }
        }

        await Task.WhenAll(Task.Run(() => SubmitLoop(start)), Task.Run(() => SubmitLoop(start + 1)), Task.Run(LetterLoop));
        return 0;
    }

    private static void Ack(string kind, int id, string detail) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ACK {kind} {id} {detail}"));

    private static BeneficiaryInput Person(int n)
    {
        var payload = "1" + n.ToString("00000000", CultureInfo.InvariantCulture);
        return new BeneficiaryInput(new ArabicName("سالم", "محمد", "علي", "الحربي"), null, payload + Luhn.CheckDigit(payload), new DateOnly(2030, 1, 1), "SA",
            Gender.Male, new DateOnly(1990, 5, 17), "0551234567", null, "جازان", "صبيا", "حي الشاطئ", MaritalStatus.Married, 4,
            IncomeBracket.Below3000, ContactChannel.Phone, true, false);
    }

    private static byte[] Pdf(int n) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\ncrash {n}\n%%EOF");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
}
