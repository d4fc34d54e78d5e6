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
        b.Property(x => x.MessageLanguage).HasMaxLength(5);
        b.HasIndex(x => x.FileNumber).IsUnique();
        b.HasIndex(x => new { x.NameNormalized, x.BirthDate });
        b.HasIndex(x => x.NationalId).IsUnique();
        b.HasIndex(x => x.Mobile);
    }
}

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letters.Letter>
{
    public void Configure(EntityTypeBuilder<Letters.Letter> b)
    {
        b.ToTable("Letters");
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Culture).HasMaxLength(5);
        b.Property(x => x.RecipientName).HasMaxLength(250);
        b.Property(x => x.RecipientAddress).HasMaxLength(500);
        b.Property(x => x.SubjectType).HasMaxLength(60);
        b.Property(x => x.SubjectId).HasMaxLength(60);
        b.Property(x => x.IdempotencyKey).HasMaxLength(200);
        b.Property(x => x.VerifyCode).HasMaxLength(8);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.IssuedBy).HasMaxLength(200);
        b.Ignore(x => x.Content);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.HijriYear, x.Sequence }).IsUnique();
        b.HasIndex(x => x.VerifyCode).IsUnique();
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasIndex(x => x.MailStatus);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LetterSequenceConfiguration : IEntityTypeConfiguration<Letters.LetterSequence>
{
    public void Configure(EntityTypeBuilder<Letters.LetterSequence> b)
    {
        b.ToTable("LetterSequences");
        b.HasKey(x => x.HijriYear);
        b.Property(x => x.HijriYear).ValueGeneratedNever();
    }
}

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<Letters.LetterTemplate>
{
    public void Configure(EntityTypeBuilder<Letters.LetterTemplate> b)
    {
        b.ToTable("LetterTemplates");
        b.HasKey(x => new { x.Type, x.Culture });
        b.Property(x => x.Culture).HasMaxLength(5);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}

internal sealed class OrganisationLogoConfiguration : IEntityTypeConfiguration<Letters.OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<Letters.OrganisationLogo> b)
    {
        b.ToTable("OrganisationLogo");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ContentType).HasMaxLength(40);
        b.Property(x => x.UploadedBy).HasMaxLength(200);
    }
}
