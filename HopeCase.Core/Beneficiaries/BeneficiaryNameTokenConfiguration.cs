using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Beneficiaries;

internal sealed class BeneficiaryNameTokenConfiguration : IEntityTypeConfiguration<BeneficiaryNameToken>
{
    public void Configure(EntityTypeBuilder<BeneficiaryNameToken> b)
    {
        b.ToTable("BeneficiaryNameTokens");
        b.HasKey(x => new { x.BeneficiaryId, x.Position });
        b.Property(x => x.Token).HasMaxLength(Arabic.ArabicNames.MaxTokenLength);
        b.HasIndex(x => new { x.Token, x.BeneficiaryId });
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
    }
}
