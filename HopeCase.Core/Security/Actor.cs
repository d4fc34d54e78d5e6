namespace HopeCase.Core.Security;

/// <summary>The actor behind an operation, as the service layer sees it.</summary>
public sealed record Actor(string? UserId, string? UserName, IReadOnlySet<string> Roles, string? Origin = null)
{
    public static Actor System { get; } = new("system", Organisation.Terms.SystemAr, new HashSet<string> { Staff.Roles.System });

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsInAny(params string[] roles) => roles.Any(Roles.Contains);
}
