using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Requests;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.SignatureFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
    }
}
