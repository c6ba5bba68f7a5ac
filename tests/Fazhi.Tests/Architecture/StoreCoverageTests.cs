using System.Reflection;
using System.Text.RegularExpressions;

namespace Fazhi.Tests.Architecture;

/// <summary>Every test that builds the application over a database runs on SQLite and on PostgreSQL: it is a
/// <c>[Theory, BothStores]</c> and hands its provider parameter to the app. The check reads the test sources, since
/// the body of an async test is not in its method's IL: it blanks comments and literals, splits each class into its
/// members, and looks at every member that builds a <see cref="TestApp"/> (or a subclass declared here).</summary>
public partial class StoreCoverageTests
{
    const string Hint = "应写成 [Theory, BothStores]，方法接收 string provider 并传给 new TestApp(provider)；"
        + "辅助方法不要自己建 TestApp，请让测试建好后传入";

    static string TestsRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("找不到 Fazhi.slnx"),
            "tests", "Fazhi.Tests");
    }

    [Fact]
    public void Every_test_that_builds_a_TestApp_runs_on_both_stores()
    {
        var root = TestsRoot();
        var sources = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                // It builds the demo county on the store of the test that asks for it.
                && Path.GetFileName(f) != "DemoTemplates.cs")
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
        var apps = AppTypes(sources.Values);
        var members = sources.SelectMany(s => Members(s.Key, s.Value)).ToList();
        var offences = members.SelectMany(m => Offences(m, apps)).ToList();

        // The scan sees every [BothStores] method that reflection sees, so it has not lost a file or a class.
        var reflected = typeof(StoreCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
                | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(BothStoresAttribute)))
            .Select(m => m.Name).Order().ToList();
        var scanned = members.Where(m => m.Attributes.Contains("BothStores")).Select(m => m.Name).Order().ToList();
        Assert.True(reflected.Count > 0 && reflected.SequenceEqual(scanned),
            $"源码扫描与反射不一致：反射见到 {reflected.Count} 个 [BothStores] 方法，扫描见到 {scanned.Count} 个：\n"
            + string.Join("\n", reflected.Except(scanned).Concat(scanned.Except(reflected))));
        Assert.True(offences.Count == 0,
            $"{offences.Count} 处测试建立了 TestApp 却没有同时在 SQLite 和 PostgreSQL 上运行（{Hint}）：\n"
            + string.Join("\n", offences));
    }

    [Fact]
    public void The_check_finds_a_fact_a_fixed_store_and_a_shared_app()
    {
        const string source = """
            namespace Sample;
            public class SampleTests
            {
                static string Note(char c) => c == '{' ? "}\"{" : $"{(c == '"' ? "new TestApp(" : "}")}";
                // [Theory, BothStores] new TestApp(
                static readonly TestApp Shared = new("sqlite");

                [Fact]
                public async Task Forgotten()
                {
                    await using var app = new TestApp("sqlite");
                }

                [Theory, BothStores]
                public async Task Pinned(string provider) { await using var app = new TestApp("postgres"); }

                [Theory, BothStores]
                public async Task Right(string provider)
                {
                    await using var app = await new KestrelApp(provider).WithDemoAsync();
                    var other = new TestApp(provider);
                }

                [Theory, InlineData(1)]
                public void Plain(int n) => Assert.Equal(1, n);

                class KestrelApp(string provider) : TestApp(provider);
            }
            """;
        var apps = AppTypes([source]);
        Assert.Equal(new[] { "KestrelApp", "TestApp" }, apps.Order());
        var offences = Members("Sample.cs", source).SelectMany(m => Offences(m, apps)).ToList();
        Assert.Collection(offences,
            o => Assert.StartsWith("Sample.cs:6 Shared：", o),
            o => Assert.StartsWith("Sample.cs:9 Forgotten：", o),
            o => Assert.Matches("^Sample.cs:15 Pinned：.*「\"postgres\"」", o));
    }

    /// <summary>A class member; <see cref="Code"/> is its blanked text, <see cref="Source"/> the text as written.
    /// </summary>
    sealed record Member(string File, int Line, string Name, IReadOnlySet<string> Attributes,
        IReadOnlySet<string> StringParameters, string Code, string Source);

    static IEnumerable<string> Offences(Member member, IReadOnlySet<string> apps)
    {
        var names = string.Join("|", apps.Select(Regex.Escape));
        var builds = Regex.Matches(member.Code, $@"\bnew\s+(?:{names})\s*\(|\b(?:{names})\??\s+\w+\s*=\s*new\s*\(");
        if (builds.Count == 0) yield break;
        var at = $"{member.File}:{member.Line} {member.Name}";
        if (!member.Attributes.Contains("Theory") || !member.Attributes.Contains("BothStores"))
        {
            yield return $"{at}：建立了 TestApp，但不是 [Theory, BothStores]";
            yield break;
        }
        foreach (var open in builds.Select(b => b.Index + b.Length))
        {
            var end = ArgumentEnd(member.Code, open);
            if (!member.StringParameters.Contains(member.Code[open..end].Trim()))
                yield return $"{at}：new TestApp 的存储不是本方法的 string 参数，而是「{member.Source[open..end].Trim()}」"
                    + "（写死了存储？）";
        }
    }

    /// <summary>TestApp and the classes of these sources that derive from it.</summary>
    static IReadOnlySet<string> AppTypes(IEnumerable<string> sources) =>
        sources.SelectMany(s => Subclass().Matches(Blank(s)).Select(m => m.Groups[1].Value))
            .Append(nameof(TestApp)).ToHashSet();

    static int ArgumentEnd(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            if (code[i] is '(' or '[' or '{') depth++;
            else if (code[i] is ')' or ']' or '}' && depth > 0) depth--;
            else if (code[i] is ',' or ')' && depth == 0) return i;
        }
        return code.Length;
    }

    /// <summary>The members of the classes in a source file: each with its attributes, name and string
    /// parameters, and its code with comments and literals blanked.</summary>
    static IEnumerable<Member> Members(string file, string text)
    {
        var code = Blank(text);
        var typeBody = new Stack<bool>();
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var inType = typeBody.Count > 0 && typeBody.Peek();
            switch (code[i])
            {
                case '{' when inType && !TypeHeader().IsMatch(code[start..i]):
                    var header = code[start..i];
                    i = Closing(code, i);
                    // An initialiser or an expression body whose lambda has a block goes on to its semicolon.
                    if (OutsideBrackets(header).Contains('=')) break;
                    yield return MakeMember(file, text, code, start, i + 1, header);
                    start = i + 1;
                    break;
                case '{':
                    typeBody.Push(TypeHeader().IsMatch(code[start..i]));
                    start = i + 1;
                    break;
                case '}':
                    if (typeBody.Count > 0) typeBody.Pop();
                    start = i + 1;
                    break;
                case ';':
                    if (inType)
                    {
                        var arrow = code.IndexOf("=>", start, i - start, StringComparison.Ordinal);
                        yield return MakeMember(file, text, code, start, i + 1, code[start..(arrow < 0 ? i : arrow)]);
                    }
                    start = i + 1;
                    break;
            }
        }
    }

    static Member MakeMember(string file, string text, string code, int start, int end, string header)
    {
        var attributes = new HashSet<string>();
        var at = start + (header.Length - header.TrimStart().Length);
        while (at < start + header.Length && code[at] == '[')
        {
            var close = Closing(code, at);
            foreach (var found in AttributeName().Matches(code[(at + 1)..close]).Select(m => m.Groups[1].Value))
                attributes.Add(found.EndsWith("Attribute", StringComparison.Ordinal) ? found[..^9] : found);
            at = close + 1;
            while (at < code.Length && char.IsWhiteSpace(code[at])) at++;
        }
        var signature = code[at..(start + header.Length)].TrimEnd();
        var parameters = new HashSet<string>();
        var name = signature;
        var paren = signature.EndsWith(')') ? Opening(signature, signature.Length - 1) : -1;
        if (paren >= 0)
        {
            foreach (var parameter in signature[(paren + 1)..^1].Split(','))
            {
                var words = parameter.Split('=')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2 && words[^2] is "string" or "string?") parameters.Add(words[^1]);
            }
            name = signature[..paren];
        }
        var word = LastIdentifier().Match(Regex.Replace(name, @"<[^<>]*>\s*$", "").Split('=')[0].TrimEnd());
        var line = 1 + text.AsSpan(0, at + word.Index).Count('\n');
        return new Member(file, line, word.Success ? word.Value : "?", attributes, parameters, code[start..end],
            text[start..end]);
    }

    static string OutsideBrackets(string code)
    {
        var depth = 0;
        return string.Concat(code.Where(c => (c is '(' or '[' ? ++depth : c is ')' or ']' ? depth-- : depth) == 0));
    }

    static int Closing(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            if (code[i] is '{' or '[' or '(') depth++;
            else if (code[i] is '}' or ']' or ')' && --depth == 0) return i;
        }
        return code.Length - 1;
    }

    static int Opening(string code, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (code[i] == ')') depth++;
            else if (code[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The source with comments and the insides of string and character literals turned to spaces (line
    /// breaks kept); the code inside interpolation holes stays.</summary>
    static string Blank(string text)
    {
        var code = text.ToCharArray();
        var i = 0;
        while (i < text.Length) i = ScanCode(text, code, i, untilBrace: false);
        return new string(code);
    }

    static void Clear(char[] code, int from, int to)
    {
        for (var i = from; i < to; i++) if (code[i] != '\n') code[i] = ' ';
    }

    /// <summary>Scans code from <paramref name="i"/> to the end, or to the brace that closes an interpolation hole,
    /// and returns the position after it.</summary>
    static int ScanCode(string text, char[] code, int i, bool untilBrace)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                Clear(code, i, end);
                i = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                Clear(code, i, end);
                i = end;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + (i + 1 < text.Length && text[i + 1] == '\\' ? 3 : 2));
                end = end < 0 ? text.Length - 1 : end;
                Clear(code, i + 1, end);
                i = end + 1;
            }
            else if (c is '"' or '$' or '@' && StringStart(text, i) is var (prefix, quotes) && quotes > 0)
                i = ScanString(text, code, i + prefix, prefix > 0 && text[i..(i + prefix)].Contains('$'),
                    text[i..(i + prefix)].Contains('@'), quotes);
            else
            {
                if (c == '{') depth++;
                else if (c == '}' && untilBrace && depth-- == 0) return i + 1;
                i++;
            }
        }
        return i;
    }

    static (int Prefix, int Quotes) StringStart(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is '$' or '@') j++;
        var q = j;
        while (q < text.Length && text[q] == '"') q++;
        return (j - i, q - j >= 3 ? q - j : Math.Min(q - j, 1));
    }

    /// <summary>Blanks a string literal whose opening quotes start at <paramref name="i"/>.</summary>
    static int ScanString(string text, char[] code, int i, bool interpolated, bool verbatim, int quotes)
    {
        if (quotes >= 3) // raw: runs to the same number of quotes; its holes are blanked with it
        {
            var close = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            close = close < 0 ? text.Length : close;
            Clear(code, i + quotes, close);
            return Math.Min(text.Length, close + quotes);
        }
        var from = ++i;
        while (i < text.Length)
        {
            var c = text[i];
            if (!verbatim && c == '\\') i += 2;
            else if (verbatim && c == '"' && i + 1 < text.Length && text[i + 1] == '"') i += 2;
            else if (c == '"')
            {
                Clear(code, from, i);
                return i + 1;
            }
            else if (interpolated && c == '{' && i + 1 < text.Length && text[i + 1] == '{') i += 2;
            else if (interpolated && c == '{')
            {
                Clear(code, from, i);
                i = ScanCode(text, code, i + 1, untilBrace: true);
                from = i;
            }
            else i++;
        }
        Clear(code, from, text.Length);
        return text.Length;
    }

    [GeneratedRegex(@"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|sealed|abstract|partial"
        + @"|readonly|file|unsafe|new)\s+)*(?:class|struct|interface|record|enum|namespace)\b")]
    private static partial Regex TypeHeader();

    [GeneratedRegex(@"\bclass\s+(\w+)[^{;:]*:\s*(?:[\w.]+\.)?TestApp\b")]
    private static partial Regex Subclass();

    [GeneratedRegex(@"(?:^|,)\s*(?:[\w.]+\.)?(\w+)")]
    private static partial Regex AttributeName();

    [GeneratedRegex(@"[A-Za-z_]\w*$")]
    private static partial Regex LastIdentifier();
}
