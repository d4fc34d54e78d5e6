using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Surveys;

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
