using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ClarificationReferral>
{
    public void Configure(EntityTypeBuilder<ClarificationReferral> b)
    {
        b.ToTable("Referrals");
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AnsweredAt);
    }
}
