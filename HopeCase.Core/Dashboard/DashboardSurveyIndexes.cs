using HopeCase.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// Covering indexes for the dashboard's two scans of the answers (<see cref="DashboardService.CellsAsync"/> and
/// <see cref="DashboardService.ByStaffAsync"/>): the period's answers are summed from the index alone, never the rows.
/// </summary>
internal sealed class DashboardSurveyIndexes : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.HasIndex(x => new { x.Audience, x.SubmittedAt, x.Channel, x.SupportTypeId, x.RecordedById, x.Overall, x.Courtesy, x.Clarity, x.Speed, x.Ease, x.Recommend })
            .HasDatabaseName("IX_SurveyResponses_DashboardCells");
        b.HasIndex(x => new { x.Audience, x.SubmittedAt, x.ProviderId, x.ProviderName, x.RecordedById, x.Overall, x.Courtesy, x.Clarity, x.Speed, x.Ease, x.Recommend })
            .HasDatabaseName("IX_SurveyResponses_DashboardStaff");
    }
}
