using HopeCase.Core.Committee;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Data;

internal sealed class SocialStudyConfiguration : IEntityTypeConfiguration<SocialStudy>
{
    public void Configure(EntityTypeBuilder<SocialStudy> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
        b.Property(x => x.Findings).HasMaxLength(8000);
        b.Property(x => x.NeedsAssessment).HasMaxLength(8000);
        b.Property(x => x.Reasons).HasMaxLength(4000);
    }
}

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> b)
    {
        b.Property(x => x.Key).HasMaxLength(200);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.RecipientUserId, x.Id });
        b.HasIndex(x => new { x.RecipientRole, x.Id });
    }
}

internal sealed class CommitteeSessionConfiguration : IEntityTypeConfiguration<CommitteeSession>
{
    public void Configure(EntityTypeBuilder<CommitteeSession> b)
    {
        b.HasIndex(x => new { x.HijriYear, x.Number }).IsUnique();
        b.Ignore(x => x.Title);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.CommitteeSessionId);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Items).WithOne(i => i.Session).HasForeignKey(i => i.CommitteeSessionId);
        b.Navigation(x => x.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CommitteeSessionId, x.SupportRequestId }).IsUnique();
        b.HasOne(x => x.Decision).WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Votes).WithOne().HasForeignKey(v => v.AgendaItemId);
        b.Navigation(x => x.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> b) => b.HasIndex(x => new { x.AgendaItemId, x.MemberUserId }).IsUnique();
}

internal sealed class CommitteeDecisionConfiguration : IEntityTypeConfiguration<CommitteeDecision>
{
    public void Configure(EntityTypeBuilder<CommitteeDecision> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommitteeSession>().WithMany().HasForeignKey(x => x.CommitteeSessionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Amount).HasConversion<double?>();
        b.HasIndex(x => x.SupportRequestId);
    }
}

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommitteeDecision>().WithMany().HasForeignKey(x => x.EarlierDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId);
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
        b.Ignore(x => x.Complete);
    }
}

internal sealed class FileNumberConfiguration : IEntityTypeConfiguration<FileNumber>
{
    public void Configure(EntityTypeBuilder<FileNumber> b)
    {
        b.HasOne<Beneficiaries.Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.BeneficiaryId).IsUnique();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.HijriYear, x.Sequence }).IsUnique();
        b.Property(x => x.Number).HasMaxLength(20);
    }
}

internal sealed class FileSequenceConfiguration : IEntityTypeConfiguration<FileSequence>
{
    public void Configure(EntityTypeBuilder<FileSequence> b)
    {
        b.ToTable("FileSequences");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }
}

internal sealed class ServicePlanConfiguration : IEntityTypeConfiguration<ServicePlan>
{
    public void Configure(EntityTypeBuilder<ServicePlan> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommitteeDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
        b.HasIndex(x => x.ProviderUserId);
        b.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.ServicePlanId);
        b.Navigation(x => x.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ServiceSessionConfiguration : IEntityTypeConfiguration<ServiceSession>
{
    public void Configure(EntityTypeBuilder<ServiceSession> b) => b.HasIndex(x => x.ScheduledAt);
}
