using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.ServiceDelivery;

internal sealed class ProviderServiceConfiguration : IEntityTypeConfiguration<ProviderService>
{
    public void Configure(EntityTypeBuilder<ProviderService> b)
    {
        b.ToTable("ProviderServices");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => new { x.UserId, x.SupportTypeId }).IsUnique();
        b.HasIndex(x => x.SupportTypeId);
        b.HasOne<SupportType>().WithMany().HasForeignKey(x => x.SupportTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
