using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Requests;

internal sealed class PublicCodeConfiguration : IEntityTypeConfiguration<PublicCode>
{
    public void Configure(EntityTypeBuilder<PublicCode> b)
    {
        b.ToTable("PublicCodes");
        b.Property(x => x.Purpose).HasMaxLength(20);
        b.Property(x => x.CodeHash).HasMaxLength(64);
        b.HasIndex(x => new { x.SupportRequestId, x.Purpose, x.CreatedAtMs });
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
