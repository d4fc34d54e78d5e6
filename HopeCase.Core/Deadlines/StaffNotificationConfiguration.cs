using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Deadlines;

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> b)
    {
        b.Property(x => x.Key).HasMaxLength(200);
        b.HasIndex(x => x.Key).IsUnique();
        // A notice is addressed to a person or to a role, rarely both: each index holds only the notices it finds,
        // so each reminder the sweep writes enters one of them, not both (the inbox asks by person and by role).
        b.HasIndex(x => new { x.RecipientUserId, x.Id }).HasFilter("\"RecipientUserId\" IS NOT NULL");
        b.HasIndex(x => new { x.RecipientRole, x.Id }).HasFilter("\"RecipientRole\" IS NOT NULL");
    }
}
