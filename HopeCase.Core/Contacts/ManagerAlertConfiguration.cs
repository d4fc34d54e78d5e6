using HopeCase.Core.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Contacts;

internal sealed class ManagerAlertConfiguration : IEntityTypeConfiguration<ManagerAlert>
{
    public void Configure(EntityTypeBuilder<ManagerAlert> b)
    {
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AcknowledgedAt);
    }
}
