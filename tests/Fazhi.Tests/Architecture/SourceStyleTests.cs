namespace Fazhi.Tests.Architecture;

/// <summary>Source lines stay within 120 characters (a Chinese character counts as one); migrations are generated.
/// </summary>
public class SourceStyleTests
{
    static readonly string[] Skipped = ["Migrations", "obj", "bin", "node_modules"];

    [Fact]
    public void No_source_line_is_longer_than_120_characters()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fazhi.slnx"))) root = root.Parent;
        Assert.NotNull(root);
        var files = new[] { "src", "tests", "bench" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root.FullName, dir), "*.*",
                SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .Where(f => !Skipped.Any(d => f.Contains($"{Path.DirectorySeparatorChar}{d}{Path.DirectorySeparatorChar}")))
            .ToList();
        Assert.NotEmpty(files);
        var tooLong = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(x => x.Length > 120)
            .Select(x => $"{Path.GetRelativePath(root.FullName, x.File)}:{x.Line} ({x.Length})")
            .ToList();
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} 行超过120个字符：\n{string.Join("\n", tooLong.Take(50))}");
    }
}
