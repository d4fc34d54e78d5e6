using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Requests;

internal sealed class TrackLockConfiguration : IEntityTypeConfiguration<TrackLock>
{
    public void Configure(EntityTypeBuilder<TrackLock> b)
    {
        b.ToTable("TrackLocks");
        b.HasKey(x => x.Reference);
        b.Property(x => x.Reference).HasMaxLength(24);
        b.HasIndex(x => x.WindowStartMs);
    }
}
