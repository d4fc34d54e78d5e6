using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>
/// The same check as scripts/feature-folders.sh (ADR 10), so CI enforces it: every HopeCase.Core folder has a
/// HopeCase.Web/Features folder and a test folder of the same name, unless docs/architecture.md names it under
/// "Features without pages"; then it needs HopeCase.Tests/Core/&lt;name&gt; instead.
/// </summary>
public sealed class FeatureFoldersTests
{
    private const string Heading = "## Features without pages";

    [Fact]
    public void Every_core_feature_has_a_web_feature_folder_or_is_named_as_a_folder_without_pages()
    {
        var gaps = Gaps(RepositoryRoot()).Where(g => g.Kind is GapKind.NoWebFolder or GapKind.StaleTableRow).ToList();
        Assert.True(gaps.Count == 0, Describe(gaps));
    }

    [Fact]
    public void Every_core_feature_has_a_test_folder_of_the_same_name()
    {
        var gaps = Gaps(RepositoryRoot()).Where(g => g.Kind is GapKind.NoTests or GapKind.NoCoreTests).ToList();
        Assert.True(gaps.Count == 0, Describe(gaps));
    }

    [Fact]
    public void The_check_reports_each_kind_of_gap_in_a_tree_that_has_them()
    {
        using var tree = new TempFolder("feature-folders");
        foreach (var dir in new[]
                 {
                     "HopeCase.Core/Fine", "HopeCase.Core/NoWeb", "HopeCase.Core/NoTests", "HopeCase.Core/Kernel",
                     "HopeCase.Core/BareKernel", "HopeCase.Core/WithPages", "HopeCase.Core/bin",
                     "HopeCase.Web/Features/Fine", "HopeCase.Web/Features/NoTests", "HopeCase.Web/Features/WithPages",
                     "HopeCase.Web/Features/WebOnly",
                     "HopeCase.Tests/Core/Kernel", "HopeCase.Tests/Core/WithPages", "HopeCase.Tests/Core/NoWeb",
                     "HopeCase.Tests/Web/BareKernel", "HopeCase.Tests/Browser/Fine", "HopeCase.Tests/Web/Hosting",
                 })
        {
            Directory.CreateDirectory(Path.Combine(tree.Path, dir));
        }
        Directory.CreateDirectory(tree.File("docs"));
        File.WriteAllText(tree.File("docs/architecture.md"), string.Join('\n',
            "# Architecture", "", Heading, "", "| folder | why |", "|---|---|",
            "| `Kernel` | kernel |", "| `BareKernel` | kernel, tested only on a page |", "| `WithPages` | listed by mistake |",
            "| `Gone` | removed long ago |", "", "## Next", "| `NoWeb` | a table in another section does not count |"));

        var gaps = Gaps(tree.Path).Select(g => (g.Folder, g.Kind)).OrderBy(g => g.Folder, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                ("BareKernel", GapKind.NoCoreTests),
                ("Gone", GapKind.StaleTableRow),
                ("NoTests", GapKind.NoTests),
                ("NoWeb", GapKind.NoWebFolder),
                ("WithPages", GapKind.StaleTableRow),
            ],
            gaps);
    }

    internal enum GapKind
    {
        NoWebFolder,
        NoTests,
        NoCoreTests,
        StaleTableRow,
    }

    internal sealed record Gap(string Folder, GapKind Kind, string Message);

    internal static IReadOnlyList<Gap> Gaps(string root)
    {
        var core = Folders(root, "HopeCase.Core");
        var web = Folders(root, "HopeCase.Web", "Features");
        var testCore = Folders(root, "HopeCase.Tests", "Core");
        var tested = testCore.Union(Folders(root, "HopeCase.Tests", "Web")).Union(Folders(root, "HopeCase.Tests", "Browser"))
            .ToHashSet(StringComparer.Ordinal);
        var withoutPages = WithoutPages(root);
        var gaps = new List<Gap>();
        foreach (var name in core.Order(StringComparer.Ordinal))
        {
            if (withoutPages.Contains(name))
            {
                if (web.Contains(name))
                {
                    gaps.Add(new(name, GapKind.StaleTableRow, $"{name}: named in \"Features without pages\" but HopeCase.Web/Features/{name} exists"));
                }
                if (!testCore.Contains(name))
                {
                    gaps.Add(new(name, GapKind.NoCoreTests, $"{name}: no pages, so it needs HopeCase.Tests/Core/{name}"));
                }
                continue;
            }
            if (!web.Contains(name))
            {
                gaps.Add(new(name, GapKind.NoWebFolder, $"{name}: no HopeCase.Web/Features/{name} (add it, or name it under \"Features without pages\")"));
            }
            if (!tested.Contains(name))
            {
                gaps.Add(new(name, GapKind.NoTests, $"{name}: no test folder HopeCase.Tests/{{Core,Web,Browser}}/{name}"));
            }
        }
        gaps.AddRange(withoutPages.Where(n => !core.Contains(n)).Order(StringComparer.Ordinal)
            .Select(n => new Gap(n, GapKind.StaleTableRow, $"{n}: named in \"Features without pages\" but there is no HopeCase.Core/{n}")));
        return gaps;
    }

    private static string RepositoryRoot()
    {
        var root = Artifacts.RepositoryRoot;
        Assert.True(File.Exists(Path.Combine(root, "HopeCase.sln")), $"The repository root was not found from {AppContext.BaseDirectory}");
        return root;
    }

    private static HashSet<string> Folders(string root, params string[] parts)
    {
        var path = Path.Combine([root, .. parts]);
        Assert.True(Directory.Exists(path), $"{path} does not exist");
        return Directory.GetDirectories(path).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names in backticks in the first column of the table under the heading, up to the next heading.</summary>
    private static HashSet<string> WithoutPages(string root)
    {
        var lines = File.ReadAllLines(Path.Combine(root, "docs", "architecture.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith(Heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/architecture.md has no \"{Heading}\" section");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (!line.StartsWith('|'))
            {
                continue;
            }
            var cell = line[1..].Split('|')[0];
            var open = cell.IndexOf('`', StringComparison.Ordinal);
            var close = open < 0 ? -1 : cell.IndexOf('`', open + 1);
            if (close > open + 1)
            {
                names.Add(cell[(open + 1)..close]);
            }
        }
        return names;
    }

    private static string Describe(List<Gap> gaps) =>
        $"{gaps.Count} gap(s), see scripts/feature-folders.sh:{Environment.NewLine}" + string.Join(Environment.NewLine, gaps.Select(g => "  - " + g.Message));
}
