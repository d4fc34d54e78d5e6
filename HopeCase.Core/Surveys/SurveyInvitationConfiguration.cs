using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Surveys;

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
        b.HasIndex(x => x.InternalServiceId).IsUnique();
        b.HasIndex(x => new { x.Audience, x.CreatedAt });
        b.HasIndex(x => x.CreatedAt);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InternalService>().WithMany().HasForeignKey(x => x.InternalServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
    }
}
