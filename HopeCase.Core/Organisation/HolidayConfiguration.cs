using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Organisation;

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.ToTable("Holidays");
        b.HasIndex(h => h.Date).IsUnique();
        b.Property(h => h.NameAr).HasMaxLength(200);
        b.Property(h => h.NameEn).HasMaxLength(200);
    }
}
