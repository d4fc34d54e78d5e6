using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Dashboard;

/// <summary>Indexes the managers' dashboard needs on the request tables (its period filters and the committee's decisions).</summary>
internal sealed class DashboardRequestIndexes : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        // The window's submitted requests with their due dates and first decisions, read from the index alone.
        b.HasIndex(x => new { x.SubmittedAt, x.DueAt, x.FirstDecidedAt });
        b.HasIndex(x => new { x.CreatedAt, x.Channel });
    }
}
