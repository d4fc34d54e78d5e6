using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Committee;

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
