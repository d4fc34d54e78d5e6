using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Data;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b) => b.Property(u => u.DisplayName).HasMaxLength(200);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.At);
    }
}

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
        b.HasIndex(x => x.FileNumber).IsUnique();
        b.HasIndex(x => new { x.NameNormalized, x.BirthDate });
        b.HasIndex(x => x.NationalId).IsUnique();
        b.HasIndex(x => x.Mobile);
    }
}
