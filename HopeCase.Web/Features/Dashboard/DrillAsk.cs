using HopeCase.Core.Dashboard;

namespace HopeCase.Web.Features.Dashboard;

/// <summary>A click on a figure: the list behind it, with the title it is shown under.</summary>
public sealed record DrillAsk(string Title, DrillKind Kind, string? Filter);
