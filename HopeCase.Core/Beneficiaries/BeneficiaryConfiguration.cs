using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Beneficiaries;

internal sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
{
    public void Configure(EntityTypeBuilder<Beneficiary> b)
    {
        b.Property(x => x.FirstName).HasMaxLength(60);
        b.Property(x => x.FatherName).HasMaxLength(60);
        b.Property(x => x.GrandfatherName).HasMaxLength(60);
        b.Property(x => x.FamilyName).HasMaxLength(60);
        b.Property(x => x.FullName).HasMaxLength(250);
        b.Property(x => x.NameNormalized).HasMaxLength(250);
        b.Property(x => x.NationalId).HasMaxLength(10);
        b.Property(x => x.Mobile).HasMaxLength(13);
        b.Property(x => x.Governorate).HasMaxLength(60);
        b.Property(x => x.Region).HasMaxLength(60);
        b.Property(x => x.LatinName).HasMaxLength(200);
        b.Property(x => x.Nationality).HasMaxLength(3);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.FileNumber).HasMaxLength(20);
        b.Property(x => x.MessageLanguage).HasMaxLength(5);
        b.HasIndex(x => x.FileNumber).IsUnique();
        b.Property(x => x.NameKey).HasMaxLength(250);
        b.HasIndex(x => new { x.NameKey, x.BirthDate });
        b.HasIndex(x => x.BirthDate);
        b.HasIndex(x => x.NationalId).IsUnique();
        b.HasIndex(x => x.Mobile);
    }
}
