using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Inquiries;

internal sealed class GuideConfiguration : IEntityTypeConfiguration<GuideDocument>
{
    public void Configure(EntityTypeBuilder<GuideDocument> b)
    {
        b.ToTable("Guides");
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Kind);
    }
}
