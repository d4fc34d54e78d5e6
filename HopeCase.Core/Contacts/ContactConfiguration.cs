using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Contacts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.CallerName).HasMaxLength(200);
        b.Property(x => x.CallerPhone).HasMaxLength(20);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FaqEntry>().WithMany().HasForeignKey(x => x.FaqEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BeneficiaryId, x.At });
        b.HasIndex(x => new { x.Channel, x.At });
    }
}
