using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Feedback;

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
