using HopeCase.Core.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Registration;

internal sealed class FileNumberConfiguration : IEntityTypeConfiguration<FileNumber>
{
    public void Configure(EntityTypeBuilder<FileNumber> b)
    {
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.BeneficiaryId).IsUnique();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.HijriYear, x.Sequence }).IsUnique();
        b.Property(x => x.Number).HasMaxLength(20);
    }
}
