using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Dashboard;

/// <summary>Indexes the managers' dashboard needs on the request events, each covering its query.</summary>
internal sealed class DashboardEventIndexes : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> b)
    {
        // The window's first decisions (To, At, and the request), and the committee's decisions by month (From, To, At).
        b.HasIndex(x => new { x.To, x.At, x.SupportRequestId });
        b.HasIndex(x => new { x.From, x.To, x.At });
        b.HasIndex(x => new { x.SupportRequestId, x.To });
    }
}
