using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Committee;

internal sealed class CommitteeSessionConfiguration : IEntityTypeConfiguration<CommitteeSession>
{
    public void Configure(EntityTypeBuilder<CommitteeSession> b)
    {
        b.HasIndex(x => new { x.HijriYear, x.Number }).IsUnique();
        b.Ignore(x => x.Title);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.CommitteeSessionId);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Items).WithOne(i => i.Session).HasForeignKey(i => i.CommitteeSessionId);
        b.Navigation(x => x.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
