using HopeCase.Core.Committee;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.ServiceDelivery;

internal sealed class ServicePlanConfiguration : IEntityTypeConfiguration<ServicePlan>
{
    public void Configure(EntityTypeBuilder<ServicePlan> b)
    {
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommitteeDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
        b.HasIndex(x => x.ProviderUserId);
        b.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.ServicePlanId);
        b.Navigation(x => x.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
