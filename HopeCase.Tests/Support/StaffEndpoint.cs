namespace HopeCase.Tests.Support;

/// <summary>A staff endpoint of the running app: its route, method and the roles it admits (empty: every signed-in user).</summary>
public sealed record StaffEndpoint(string Route, string Method, IReadOnlySet<string> Roles)
{
    public bool OpenToEveryRole => Roles.Count == 0 || HopeCase.Core.Staff.Roles.All.All(Roles.Contains);

    public override string ToString() => $"{Method} {Route}";
}
