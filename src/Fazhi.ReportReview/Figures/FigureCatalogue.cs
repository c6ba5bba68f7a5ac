using System.Reflection;
using System.Text.Json;

namespace Fazhi.ReportReview.Figures;

/// <summary>A canonical figure. Phrases must stand in the figure's clause, Context (when given) in the sentence and
/// the one before (or only the figure's own sentence when ContextInSentence), Topic (when given) anywhere in the
/// figure's sentence.</summary>
public sealed record CatalogueEntry(
    string Key, string Name, string[] Phrases, string[]? Context, string[] Units, string[]? Topic = null,
    bool ContextInSentence = false);

/// <summary>The canonical figure keys with their Chinese names and the phrases that announce them
/// (catalogue.json).</summary>
public static class FigureCatalogue
{
    public static readonly IReadOnlyList<CatalogueEntry> Entries = Load();

    /// <summary>The entries the reviewer can assign to a figure of a unit (those with phrases), in catalogue
    /// order.</summary>
    static readonly Dictionary<string, CatalogueEntry[]> ByUnit = Entries.Where(e => e.Phrases.Length > 0)
        .SelectMany(e => e.Units.Select(u => (Unit: u, Entry: e))).GroupBy(x => x.Unit)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Entry).ToArray());

    public static IReadOnlyList<CatalogueEntry> For(string unit) => ByUnit.GetValueOrDefault(unit, []);

    static List<CatalogueEntry> Load()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("catalogue.json")!;
        var doc = JsonDocument.Parse(s);
        return doc.RootElement.GetProperty("entries")
            .Deserialize<List<CatalogueEntry>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    public static string? NameOf(string? key) => Entries.FirstOrDefault(e => e.Key == key)?.Name;
}
