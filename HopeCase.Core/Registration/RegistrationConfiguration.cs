using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Registration;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<BeneficiaryRegistration>
{
    public void Configure(EntityTypeBuilder<BeneficiaryRegistration> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
        b.Ignore(x => x.Complete);
    }
}
