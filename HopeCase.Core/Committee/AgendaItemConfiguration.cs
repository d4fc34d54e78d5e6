using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Committee;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CommitteeSessionId, x.SupportRequestId }).IsUnique();
        b.HasOne(x => x.Decision).WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Votes).WithOne().HasForeignKey(v => v.AgendaItemId);
        b.Navigation(x => x.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
