using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Deadlines;

internal sealed class ReminderChannelsConfiguration : IEntityTypeConfiguration<ReminderChannels>
{
    public void Configure(EntityTypeBuilder<ReminderChannels> b)
    {
        b.ToTable("StaffReminderChannels");
        b.HasKey(x => x.UserId);
        b.Property(x => x.UserId).HasMaxLength(450);
    }
}
