using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Feedback;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.ToTable("ImprovementActions");
        b.Property(x => x.YouSaid).HasMaxLength(2000);
        b.Property(x => x.WeDid).HasMaxLength(2000);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasIndex(x => x.Published);
    }
}
