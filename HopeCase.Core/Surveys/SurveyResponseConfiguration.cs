using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Surveys;

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
        b.HasIndex(x => new { x.Audience, x.SubmittedAt });
        b.HasOne<InternalDepartment>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InternalService>().WithMany().HasForeignKey(x => x.InternalServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
