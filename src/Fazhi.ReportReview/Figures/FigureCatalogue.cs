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

    static List<CatalogueEntry> Load()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("catalogue.json")!;
        var doc = JsonDocument.Parse(s);
        return doc.RootElement.GetProperty("entries")
            .Deserialize<List<CatalogueEntry>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    public static string? NameOf(string? key) => Entries.FirstOrDefault(e => e.Key == key)?.Name;
}
