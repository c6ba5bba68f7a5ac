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

    /// <summary>The terms a query must find: its bigrams in order, repeats kept, for a phrase (a lone character
    /// between punctuation cannot narrow, the exact check still applies).</summary>
    public static IReadOnlyList<string> QueryTerms(string normalisedQuery) =>
        [.. TermList(normalisedQuery, singles: false)];

    static IEnumerable<string> TermList(string text, bool singles) =>
        Runs(text).SelectMany(r => r.Length == 1 && singles ? [r] : Grams(r, 2));

    /// <summary>PostgreSQL's GIN index holds no positions, so there a document's terms are the distinct bigrams and
    /// trigrams of its runs: a query of two or three characters is one exact term, and a longer one narrows to the
    /// documents holding all its trigrams, which nearly all hold the query itself.</summary>
    public static string[] Grams(string normalised) =>
        [.. Runs(normalised).SelectMany(r => Grams(r, 2).Concat(Grams(r, 3))).Distinct()];

    /// <summary>The grams a query must find: the trigrams of each run, or the run itself when it has two characters;
    /// exact when the query is one run of two or three.</summary>
    public static (IReadOnlyList<string> Grams, bool Exact) QueryGrams(string normalisedQuery)
    {
        var runs = Runs(normalisedQuery).ToList();
        return ([.. runs.Where(r => r.Length > 1).SelectMany(r => Grams(r, Math.Min(r.Length, 3))).Distinct()],
            runs.Count == 1 && runs[0].Length == normalisedQuery.Length && normalisedQuery.Length <= 3);
    }

    static IEnumerable<string> Runs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i])) continue;
            if (i > start) yield return text[start..i];
            start = i + 1;
        }
    }

    static IEnumerable<string> Grams(string run, int n) =>
        Enumerable.Range(0, Math.Max(0, run.Length - n + 1)).Select(i => run.Substring(i, n));

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
