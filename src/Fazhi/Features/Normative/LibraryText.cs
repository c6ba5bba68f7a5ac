using System.Text;

namespace Fazhi.Features.Normative;

/// <summary>How the library reads Chinese text. Every pair of adjacent characters (bigram) is a term, so any query of
/// two or more characters is found without a word dictionary: its bigrams narrow the candidates in the store's
/// full-text index, and the normalised text confirms the exact run. Normalised means NFKC (全角 digits and letters as
/// half-width), lower case, and no white space (nor characters outside the basic plane), so a phrase broken across
/// lines is still found.</summary>
public static class LibraryText
{
    public const int MinQuery = 2, MaxQuery = 50;

    public static string Normalise(string text) => Flatten(text).Flat;

    /// <summary>The bigrams of each run of letters and digits, in order, space-separated; punctuation ends a run.
    /// A run of one character is its own term.</summary>
    public static string Terms(string normalised) => string.Join(' ', TermList(normalised, singles: true));

    /// <summary>The terms a query must find: its bigrams (a lone character between punctuation cannot narrow, the
    /// exact check still applies).</summary>
    public static IReadOnlyList<string> QueryTerms(string normalisedQuery) =>
        [.. TermList(normalisedQuery, singles: false).Distinct()];

    static IEnumerable<string> TermList(string text, bool singles)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i])) continue;
            if (i - start == 1 && singles) yield return text.Substring(start, 1);
            for (var j = start; j + 1 < i; j++) yield return text.Substring(j, 2);
            start = i + 1;
        }
    }

    /// <summary>The text around the first occurrence of the query, split for highlighting; the start of the text when
    /// only the title holds it.</summary>
    public static Highlight Snippet(string text, string normalisedQuery, int around = 40)
    {
        var (flat, map) = Flatten(text);
        var at = flat.IndexOf(normalisedQuery, StringComparison.Ordinal);
        if (at < 0)
        {
            var head = Collapse(text[..Math.Min(text.Length, around * 2)]);
            return new("", "", head + (text.Length > around * 2 ? "…" : ""));
        }
        var (from, to) = (map[at], map[at + normalisedQuery.Length - 1] + 1);
        var before = Math.Max(0, from - around);
        var after = Math.Min(text.Length, to + around);
        return new((before > 0 ? "…" : "") + Collapse(text[before..from]), Collapse(text[from..to]),
            Collapse(text[to..after]) + (after < text.Length ? "…" : ""));
    }

    /// <summary>The text normalised character by character, with each normalised character's place in the text.
    /// </summary>
    static (string Flat, List<int> Map) Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsSurrogate(text[i])) continue;
            foreach (var c in text[i].ToString().Normalize(NormalizationForm.FormKC))
            {
                sb.Append(char.ToLowerInvariant(c));
                map.Add(i);
            }
        }
        return (sb.ToString(), map);
    }

    static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A snippet split around the highlighted match.</summary>
public sealed record Highlight(string Before, string Match, string After);
