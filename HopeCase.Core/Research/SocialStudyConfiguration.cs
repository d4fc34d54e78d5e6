using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Research;

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
