using HopeCase.Tests.Support;

namespace HopeCase.Tests.Web.Hosting;

/// <summary>DESIGN's conventions, enforced: small files (200 lines at most) and a short Program.cs.</summary>
public sealed class SourceSizeTests
{
    private const int MaxLines = 200;
    private const int ProgramMaxLines = 40;

    /// <summary>Build output, generated migrations and folders that hold no project code.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "Migrations", "artifacts", "node_modules", "TestResults" };

    [Fact]
    public void No_hand_written_cs_or_razor_file_is_over_200_lines()
    {
        var root = RepositoryRoot();
        var files = HandWritten(root).ToList();
        Assert.True(files.Count > 100, $"Only {files.Count} source files found under {root}");

        var tooLong = files
            .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > MaxLines)
            .OrderByDescending(f => f.Lines)
            .ToList();

        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} file(s) over {MaxLines} lines; split them by what they do:{Environment.NewLine}" +
            string.Join(Environment.NewLine, tooLong.Select(f => $"  {f.Lines,5}  {f.File}")));
    }

    [Fact]
    public void Program_cs_is_under_40_lines()
    {
        var program = Path.Combine(RepositoryRoot(), "HopeCase.Web", "Program.cs");
        var lines = File.ReadAllLines(program).Length;
        Assert.True(lines < ProgramMaxLines, $"HopeCase.Web/Program.cs has {lines} lines; composition belongs in HopeCase.Web/Hosting/");
    }

    /// <summary>Every .cs and .razor file of the repository's own folders, without build output or generated code.</summary>
    private static IEnumerable<string> HandWritten(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.GetDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !Skipped.Contains(name))
                {
                    pending.Push(sub);
                }
            }
            foreach (var file in Directory.GetFiles(dir))
            {
                var name = Path.GetFileName(file);
                var source = name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith(".razor", StringComparison.Ordinal);
                var generated = name.EndsWith(".g.cs", StringComparison.Ordinal) || name.EndsWith(".Designer.cs", StringComparison.Ordinal);
                if (source && !generated)
                {
                    yield return file;
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var root = Artifacts.RepositoryRoot;
        Assert.True(File.Exists(Path.Combine(root, "HopeCase.sln")), $"The repository root was not found from {AppContext.BaseDirectory}");
        return root;
    }
}
