namespace HopeCase.Tests.Core.Security;

/// <summary>The table in docs/security/access.md: method, then one column per role.</summary>
public sealed record AccessMatrix(IReadOnlyList<string> Roles, IReadOnlyList<AccessMatrix.Row> Rows)
{
    public sealed record Row(string Method, IReadOnlyDictionary<string, string> Cells);

    public static AccessMatrix Read()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HopeCase.sln")))
        {
            dir = dir.Parent;
        }
        var lines = File.ReadAllLines(Path.Combine(dir!.FullName, "docs", "security", "access.md"))
            .Where(l => l.StartsWith('|')).Select(Cells).ToList();
        var header = lines.First(l => l[0] == "method");
        var roles = header.Skip(1).ToList();
        var rows = lines.Where(l => l[0] != "method" && !l[0].StartsWith("---", StringComparison.Ordinal))
            .Select(l => new Row(l[0], roles.Select((r, i) => (r, l[i + 1])).ToDictionary(x => x.r, x => x.Item2))).ToList();
        return new(roles, rows);
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
