using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Feedback;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> b)
    {
        b.ToTable("SurveyInvitations");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.ProviderId).HasMaxLength(450);
        b.Property(x => x.ProviderName).HasMaxLength(200);
        b.HasIndex(x => x.TokenHash).IsUnique();
        // The job that finds letters and closures may run twice: the second insert is refused here.
        b.HasIndex(x => new { x.SupportRequestId, x.Trigger }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.Property(x => x.ProviderId).HasMaxLength(450);
        b.Property(x => x.ProviderName).HasMaxLength(200);
        b.Property(x => x.RecordedById).HasMaxLength(450);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.Ignore(x => x.Lowest);
        b.HasIndex(x => x.SubmittedAt);
        b.HasIndex(x => x.BeneficiaryId);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> b)
    {
        b.ToTable("FollowUpTasks");
        b.Property(x => x.ActionTaken).HasMaxLength(4000);
        b.Property(x => x.DoneByName).HasMaxLength(200);
        b.HasIndex(x => x.SurveyResponseId).IsUnique();
        b.HasIndex(x => x.DoneAt);
        b.HasOne<SurveyResponse>().WithMany().HasForeignKey(x => x.SurveyResponseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> b)
    {
        b.ToTable("FeedbackItems");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.SenderName).HasMaxLength(200);
        b.Property(x => x.SenderMobile).HasMaxLength(20);
        b.Property(x => x.SenderEmail).HasMaxLength(200);
        b.Property(x => x.Culture).HasMaxLength(5);
        b.Property(x => x.AssigneeName).HasMaxLength(200);
        b.Property(x => x.AnsweredByName).HasMaxLength(200);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.Ignore(x => x.Reference);
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => x.ReceivedAt);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackDeadlineEventConfiguration : IEntityTypeConfiguration<FeedbackDeadlineEvent>
{
    public void Configure(EntityTypeBuilder<FeedbackDeadlineEvent> b)
    {
        b.ToTable("FeedbackDeadlineEvents");
        b.Property(x => x.NotifiedName).HasMaxLength(200);
        b.HasIndex(x => new { x.FeedbackItemId, x.Threshold }).IsUnique();
        b.HasOne<FeedbackItem>().WithMany().HasForeignKey(x => x.FeedbackItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.ToTable("ImprovementActions");
        b.Property(x => x.YouSaid).HasMaxLength(2000);
        b.Property(x => x.WeDid).HasMaxLength(2000);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasIndex(x => x.Published);
    }
}

internal sealed class ImprovementLinkConfiguration : IEntityTypeConfiguration<ImprovementLink>
{
    public void Configure(EntityTypeBuilder<ImprovementLink> b)
    {
        b.ToTable("ImprovementLinks");
        b.HasKey(x => new { x.ImprovementActionId, x.FeedbackItemId });
        b.HasOne<ImprovementAction>().WithMany().HasForeignKey(x => x.ImprovementActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FeedbackItem>().WithMany().HasForeignKey(x => x.FeedbackItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Indexes the managers' dashboard needs on the request tables (its period filters and the committee's decisions).</summary>
internal sealed class DashboardRequestIndexes : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.HasIndex(x => x.SubmittedAt);
        b.HasIndex(x => new { x.CreatedAt, x.Channel });
    }
}

internal sealed class DashboardEventIndexes : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> b)
    {
        b.HasIndex(x => new { x.To, x.At });
        b.HasIndex(x => new { x.SupportRequestId, x.To });
    }
}
