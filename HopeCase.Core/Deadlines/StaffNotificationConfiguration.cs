using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Deadlines;

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> b)
    {
        b.Property(x => x.Key).HasMaxLength(200);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.RecipientUserId, x.Id });
        b.HasIndex(x => new { x.RecipientRole, x.Id });
    }
}
