using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Feedback;

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
