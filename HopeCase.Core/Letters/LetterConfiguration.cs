using HopeCase.Core.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Letters;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
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
