using HopeCase.Core.Security;

namespace HopeCase.Core.Dashboard;

/// <summary>One row of a list behind a figure. <see cref="Href"/> is null for anonymous answers: nothing leads back to the person.</summary>
[PersonalData]
public sealed record DrillRow(string Reference, string Title, string? Detail, DateTimeOffset? At, string? Href);
