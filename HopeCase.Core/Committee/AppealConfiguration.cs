using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Committee;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommitteeDecision>().WithMany().HasForeignKey(x => x.EarlierDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId);
    }
}
