using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Committee;
using HopeCase.Core.Contacts;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Feedback;
using HopeCase.Core.Inquiries;
using HopeCase.Core.Letters;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Referrals;
using HopeCase.Core.Registration;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.ServiceDelivery;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Data;

/// <summary>The HopeCase database: staff identities, the beneficiaries' files and everything done on them.</summary>
public sealed class HopeDb(DbContextOptions<HopeDb> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET data-protection key ring, shared by every web node (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<BeneficiaryNameToken> BeneficiaryNameTokens => Set<BeneficiaryNameToken>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ClarificationReferral> Referrals => Set<ClarificationReferral>();
    public DbSet<ManagerAlert> ManagerAlerts => Set<ManagerAlert>();
    public DbSet<GuideDocument> Guides => Set<GuideDocument>();
    public DbSet<FaqEntry> Faq => Set<FaqEntry>();
    public DbSet<SupportType> SupportTypes => Set<SupportType>();
    public DbSet<DocumentRequirement> DocumentRequirements => Set<DocumentRequirement>();
    public DbSet<SupportRequest> Requests => Set<SupportRequest>();
    public DbSet<TrackLock> TrackLocks => Set<TrackLock>();
    public DbSet<PublicCode> PublicCodes => Set<PublicCode>();
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();
    public DbSet<RequestDocument> RequestDocuments => Set<RequestDocument>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<SocialStudy> SocialStudies => Set<SocialStudy>();
    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();
    public DbSet<CommitteeSession> CommitteeSessions => Set<CommitteeSession>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<CommitteeDecision> CommitteeDecisions => Set<CommitteeDecision>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<BeneficiaryRegistration> Registrations => Set<BeneficiaryRegistration>();
    public DbSet<FileNumber> FileNumbers => Set<FileNumber>();
    public DbSet<FileSequence> FileSequences => Set<FileSequence>();
    public DbSet<ServicePlan> ServicePlans => Set<ServicePlan>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardImmutable();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardImmutable();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Records marked <see cref="IWriteOnce"/> are written once and never changed or removed.</summary>
    private void GuardImmutable()
    {
        BeneficiaryNameIndex.Sync(this);
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && entry.Entity is IWriteOnce)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} records cannot be changed once written.");
            }
        }
    }
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<LetterSequence> LetterSequences => Set<LetterSequence>();
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<OrganisationLogo> OrganisationLogos => Set<OrganisationLogo>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<InternalDepartment> InternalDepartments => Set<InternalDepartment>();
    public DbSet<InternalService> InternalServices => Set<InternalService>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<FeedbackDeadlineEvent> FeedbackDeadlineEvents => Set<FeedbackDeadlineEvent>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<ImprovementLink> ImprovementLinks => Set<ImprovementLink>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportBatchItem> ImportBatchItems => Set<ImportBatchItem>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<ProviderService> ProviderServices => Set<ProviderService>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no native date-time-with-offset type; a long keeps instants sortable and comparable in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HopeDb).Assembly);
    }
}
