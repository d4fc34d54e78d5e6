using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.ServiceDelivery;

internal sealed class ServiceSessionConfiguration : IEntityTypeConfiguration<ServiceSession>
{
    public void Configure(EntityTypeBuilder<ServiceSession> b) => b.HasIndex(x => x.ScheduledAt);
}
