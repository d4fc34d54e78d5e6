using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Dashboard;

internal sealed class DashboardEventIndexes : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> b)
    {
        b.HasIndex(x => new { x.To, x.At });
        b.HasIndex(x => new { x.SupportRequestId, x.To });
    }
}
