using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Requests;

internal sealed class SupportTypeConfiguration : IEntityTypeConfiguration<SupportType>
{
    public void Configure(EntityTypeBuilder<SupportType> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Requirements).WithOne().HasForeignKey(r => r.SupportTypeId);
        b.Navigation(x => x.Requirements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
