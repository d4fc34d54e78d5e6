using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Requests;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("Requests");
        b.Property(x => x.Reference).HasMaxLength(20);
        b.HasIndex(x => x.Reference).IsUnique();
        b.Property(x => x.PublicReference).HasMaxLength(PublicReferences.Length).IsRequired();
        b.HasIndex(x => x.PublicReference).IsUnique();
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SupportType).WithMany().HasForeignKey(x => x.SupportTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.SupportRequestId);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.SupportRequestId);
        b.Navigation(x => x.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne(x => x.Declaration).WithOne().HasForeignKey<Declaration>(d => d.SupportRequestId);
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => x.BeneficiaryId);
        b.HasOne<Contacts.Contact>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(x => x.NextDeadlineAt);
        b.OwnsOne(x => x.NextCheck, n =>
        {
            n.ToTable("RequestNextDeadlines");
            n.WithOwner().HasForeignKey(x => x.RequestId);
            n.HasKey(x => x.RequestId);
            // No index on At: the sweep walks this table by its key (the batches' order) and filters on At, and
            // without an index on the one column the sweep rewrites, PostgreSQL rewrites the row in place on its page
            // (a heap-only update, no new index entry), which the free half of each page leaves room for.
            n.OwnedEntityType.SetStorageParameter("fillfactor", 50);
        });
        b.HasIndex(x => x.AssignedAt);
        b.Property(x => x.AssignedResearcherName).HasMaxLength(200);
    }
}
