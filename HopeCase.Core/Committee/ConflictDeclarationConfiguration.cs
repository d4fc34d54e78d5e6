using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Committee;

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> b)
    {
        b.ToTable("CommitteeConflicts");
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.AgendaItemId, x.MemberUserId }).IsUnique();
        b.Property(x => x.MemberName).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(2000);
    }
}
