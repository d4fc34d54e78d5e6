using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Contacts;

internal sealed class SupporterContactConfiguration : IEntityTypeConfiguration<SupporterContact>
{
    public void Configure(EntityTypeBuilder<SupporterContact> b)
    {
        b.ToTable("SupporterContacts");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Mobile).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Who).HasMaxLength(1000);
        b.Property(x => x.Offer).HasMaxLength(4000);
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.HasIndex(x => x.At);
    }
}
