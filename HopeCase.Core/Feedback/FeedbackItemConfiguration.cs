using HopeCase.Core.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Feedback;

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
