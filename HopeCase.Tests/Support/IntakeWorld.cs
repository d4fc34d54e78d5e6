using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Inquiries;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Organisation;
using HopeCase.Core.Referrals;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HopeCase.Tests.Support;

/// <summary>The intake services over a real migrated SQLite file, on a clock the test controls.</summary>
public sealed class IntakeWorld : IAsyncDisposable
{
    private readonly TempFolder _folder = new("intake");

    private IntakeWorld()
    {
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));
    public IDbContextFactory<HopeDb> Dbs { get; private set; } = default!;
    public AuditLog Audit { get; private set; } = default!;
    public ChangeNotifier Notifier { get; } = new();
    public BeneficiaryService Beneficiaries { get; private set; } = default!;
    public RequestIntakeService Intake { get; private set; } = default!;
    public PublicIntakeService Public { get; private set; } = default!;
    public ContactService Contacts { get; private set; } = default!;
    public ReferralService Referrals { get; private set; } = default!;
    public AlertService Alerts { get; private set; } = default!;
    public GuideService Guides { get; private set; } = default!;
    public PolicyOptions Policy { get; } = new();

    /// <summary>The letters the intake moves asked for (the receipt on submission).</summary>
    public RecordingLetterQueue Letters { get; } = new();

    public static Actor Officer { get; } = new("u-rel", "موظف العلاقات", new HashSet<string> { Roles.RelationsOfficer });
    public static Actor Researcher { get; } = new("u-res", "مسؤول البحث", new HashSet<string> { Roles.ResearchOfficer });
    public static Actor Manager { get; } = new("u-man", "المدير", new HashSet<string> { Roles.Manager });
    public static Actor Admin { get; } = new("u-adm", "مدير النظام", new HashSet<string> { Roles.Admin });
    public static Actor Provider { get; } = new("u-pro", "مقدم الخدمة", new HashSet<string> { Roles.ServiceProvider });

    public static async Task<IntakeWorld> CreateAsync()
    {
        var w = new IntakeWorld();
        w.Dbs = await TestDb.MigratedAsync(w._folder.File("hopecase.db"));
        await DefaultCatalogue.EnsureAsync(w.Dbs);
        w.Audit = new AuditLog(w.Dbs, w.Clock);
        w.Beneficiaries = new BeneficiaryService(w.Dbs, w.Audit, w.Clock);
        w.Intake = new RequestIntakeService(w.Dbs, w.Audit, w.Clock, Options.Create(w.Policy), Options.Create(new IntakeOptions()), w.Notifier, w.Letters);
        w.Public = new PublicIntakeService(w.Dbs, w.Intake, w.Audit, w.Clock, w.Notifier);
        w.Contacts = new ContactService(w.Dbs, w.Audit, w.Clock, w.Notifier);
        w.Referrals = new ReferralService(w.Dbs, w.Audit, w.Clock, w.Notifier);
        w.Alerts = new AlertService(w.Dbs, w.Audit, w.Clock, w.Notifier);
        w.Guides = new GuideService(w.Dbs, w.Audit, w.Clock);
        return w;
    }

    public static string NationalId(int n, char first = '1')
    {
        var payload = first + n.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload);
    }

    public static BeneficiaryInput Person(string nationalId, string first = "أحمد", string family = "الزهراني", string? mobile = "0551234567", DateOnly? birth = null, bool sms = true) =>
        new(new ArabicName(first, "محمد", "علي", family), null, nationalId, new DateOnly(2030, 1, 1), "SA", Gender.Male,
            birth ?? new DateOnly(1990, 5, 17), mobile, null, "جازان", "صبيا", "حي الشاطئ", MaritalStatus.Married, 4,
            IncomeBracket.Below3000, ContactChannel.Phone, sms && mobile is not null, false);

    public static byte[] Pdf(string text = "hello") => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n" + text + "\n%%EOF");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public async Task<int> NewBeneficiaryAsync(int n = 1, string first = "أحمد")
    {
        var saved = await Beneficiaries.CreateAsync(Officer, Person(NationalId(n), first, mobile: $"05{50000000 + n}"), acknowledgeWarnings: true);
        Assert.True(saved.Saved, string.Join(",", saved.Errors));
        return saved.Id!.Value;
    }

    public async Task<SupportTypeView> TypeAsync(string code) => (await Intake.CatalogueAsync()).Single(t => t.Code == code);

    /// <summary>A draft with every required document valid until the given day, and a drawn signature.</summary>
    public async Task<int> CompleteDraftAsync(int beneficiaryId, string typeCode = "counselling", DateOnly? expires = null, bool sign = true)
    {
        var type = await TypeAsync(typeCode);
        var id = await Intake.CreateDraftAsync(Officer, beneficiaryId, type.Id, "يمر بضائقة نفسية بعد فقد وظيفته", ContactChannel.Interview);
        foreach (var need in type.Requirements)
        {
            Assert.Equal(UploadProblem.None, await Intake.AddDocumentAsync(Officer, id, need.Id, "doc.pdf", Pdf(), need.HasExpiry ? expires ?? new DateOnly(2030, 1, 1) : null));
        }
        if (sign)
        {
            await Intake.SignAsync(Officer, id, SignatureKind.DrawnOnScreen, Png(), "أحمد محمد علي الزهراني", new System.Globalization.CultureInfo("ar-SA"));
        }
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        _folder.Dispose();
    }
}
