using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>A page of the library's answer: how many documents in force hold the query, and this page of them, best
/// first.</summary>
public sealed record LibraryPage(string Query, int Total, IReadOnlyList<(NormativeDocument Document, Highlight Title,
    Highlight Text)> Hits, int Page);

/// <summary>The public library of documents in force, searched by full text. Each store keeps its own index of the
/// documents' terms (LibraryText), created by its migration, holding the documents in force only (a repeal or a
/// lapse takes a document out): bigrams with their positions in an FTS5 table in SQLite, bigrams and trigrams in
/// tsvectors under GIN indexes in PostgreSQL. Documents with the query in the title come first, then those with it in
/// the text; each newest first (the latest registered), so a word in nearly every document costs no more than a rare
/// one. The
/// library is public: published documents are open to all (优化营商环境条例 第64条), so it reads past the caller's data
/// scope.</summary>
public sealed class NormativeLibrary(FazhiDb db)
{
    public const int PageSize = 20;

    /// <summary>How many hits a search counts before it says "超过1,000": fifty pages to read, and few enough that a
    /// word in nearly every document is counted at once. A longer query narrows further.</summary>
    public const int Cap = 1000;
    const int RowsPerStatement = 200;

    public async Task IndexAsync(NormativeDocument d, CancellationToken ct = default)
    {
        await RemoveAsync(d.Id, ct);
        await IndexNewAsync([d], ct);
    }

    /// <summary>Adds documents not yet in the index, many rows to a statement (an import, a rebuild).</summary>
    public async Task IndexNewAsync(IReadOnlyList<NormativeDocument> documents, CancellationToken ct = default)
    {
        foreach (var chunk in documents.Chunk(RowsPerStatement))
        {
            var values = new List<object>(chunk.Length * 5);
            var rows = new List<string>(chunk.Length);
            foreach (var d in chunk)
            {
                var (title, body) = (LibraryText.Normalise(d.Title), LibraryText.Normalise(d.Body));
                var n = values.Count;
                values.AddRange(db.IsPostgres
                    ? [d.Id, LibraryText.Grams(title + "\n" + body), LibraryText.Grams(title), title + "\n" + body]
                    : [d.Id, LibraryText.Terms(title), LibraryText.Terms(body), title + "\n" + body]);
                rows.Add(db.IsPostgres
                    ? $"({{{n}}}, array_to_tsvector({{{n + 1}}}), array_to_tsvector({{{n + 2}}}), {{{n + 3}}})"
                    : $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}})");
            }
            // Placeholders only: every value is a parameter.
            var insert = (db.IsPostgres
                ? "INSERT INTO \"NormativeLibrary\" (\"DocumentId\", \"Terms\", \"TitleTerms\", \"Text\") VALUES "
                : "INSERT INTO \"NormativeLibrary\" (rowid, title, terms, text) VALUES ") + string.Join(", ", rows);
            await db.Database.ExecuteSqlRawAsync(insert, values, ct);
        }
    }

    public Task RemoveAsync(int documentId, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync(db.IsPostgres
            ? "DELETE FROM \"NormativeLibrary\" WHERE \"DocumentId\" = {0}"
            : "DELETE FROM \"NormativeLibrary\" WHERE rowid = {0}", [documentId], ct);

    /// <summary>A document of the library: in force and within its validity.</summary>
    public Task<NormativeDocument?> DocumentAsync(int id, DateOnly today, CancellationToken ct = default) =>
        InForce(today).Include(d => d.Unit).FirstOrDefaultAsync(d => d.Id == id, ct);

    IQueryable<NormativeDocument> InForce(DateOnly today) => db.NormativeDocuments.IgnoreQueryFilters()
        .AsNoTracking().Where(d => d.State == NormativeState.InForce && d.ValidUntil >= today);

    public async Task<LibraryPage> SearchAsync(string? query, int page, DateOnly today, CancellationToken ct = default)
    {
        var q = LibraryText.Normalise(query ?? "");
        if (q.Length < LibraryText.MinQuery || q.Length > LibraryText.MaxQuery)
            throw new DomainException("q", $"请输入{LibraryText.MinQuery}至{LibraryText.MaxQuery}个字");
        if (LibraryText.QueryTerms(q).Count == 0) throw new DomainException("q", "请至少输入两个相连的文字或数字");
        page = Math.Clamp(page, 1, Cap / PageSize);
        await using var tx = db.IsPostgres ? await db.Database.BeginTransactionAsync(ct) : null;
        // A table scan would unpack every document's terms: the GIN index answers, whatever the planner estimates.
        if (tx is not null) await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", ct);
        var inTitle = await CountAsync(Part.Title, q, ct);
        var rest = await CountAsync(Part.TextOnly, q, ct);
        // Title hits first, then the rest; each newest first.
        var (skip, ids) = ((page - 1) * PageSize, new List<int>());
        if (skip < inTitle) ids.AddRange(await IdsAsync(Part.Title, q, skip, PageSize, inTitle, ct));
        if (ids.Count < PageSize)
            ids.AddRange(await IdsAsync(Part.TextOnly, q, Math.Max(0, skip - inTitle), PageSize - ids.Count, rest, ct));
        var total = Math.Min(inTitle + rest, Cap + 1);
        // A document whose validity ended today is taken out by the night's job (NormativeService.LapseAsync).
        var documents = await InForce(today).Include(d => d.Unit).Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, ct);
        return new(query!.Trim(), total, [.. ids.Where(documents.ContainsKey).Select(id => documents[id])
            .Select(d => (d, LibraryText.Snippet(d.Title, q, 60), LibraryText.Snippet(d.Body, q)))], page);
    }

    enum Part { Title, TextOnly }

    /// <summary>How many documents hold the query in the title, or in the text but not the title, up to Cap + 1.
    /// </summary>
    Task<int> CountAsync(Part part, string q, CancellationToken ct)
    {
        var (where, values) = Match(part, q);
        // Every value is a parameter; the statements are put together from constant parts only.
        var counted = $"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 AS one {where} LIMIT {Cap + 1}) c";
        return db.Database.SqlQueryRaw<int>(counted, values).SingleAsync(ct);
    }

    /// <summary>A page of the part's ids, newest first. Past Cap hits PostgreSQL walks the key backward and stops at
    /// the page, a few rows for each hit; up to Cap it gathers the hits from the index and sorts them ("+ 0" keeps it
    /// off the key, whose walk could read every row for a rare word).</summary>
    Task<List<int>> IdsAsync(Part part, string q, int offset, int take, int found, CancellationToken ct)
    {
        var (where, values) = Match(part, q);
        var id = db.IsPostgres ? "l.\"DocumentId\"" : "l.rowid";
        var order = db.IsPostgres && found <= Cap ? id + " + 0" : id;
        var select = $"SELECT {id} AS \"Value\" {where} ORDER BY {order} DESC LIMIT {{2}} OFFSET {{3}}";
        return db.Database.SqlQueryRaw<int>(select, [.. values, take, offset]).ToListAsync(ct);
    }

    /// <summary>The FROM and WHERE of a part and their values. SQLite finds a query of one run of letters and digits
    /// as a phrase of its bigrams, exactly; PostgreSQL a query of two or three characters as one gram. Otherwise the
    /// normalised text confirms the query.</summary>
    (string Where, object[] Values) Match(Part part, string q)
    {
        var (where, match, exact) = db.IsPostgres ? PostgresMatch(part, q) : SqliteMatch(part, q);
        if (!exact) where += db.IsPostgres ? " AND strpos(l.\"Text\", {1}) > 0" : " AND instr(l.text, {1}) > 0";
        return (where, [match, q]);
    }

    /// <summary>Grams are letters and digits only (LibraryText), so quoting them cannot break the query syntax.
    /// </summary>
    static (string Where, string Match, bool Exact) PostgresMatch(Part part, string q)
    {
        var (grams, exact) = LibraryText.QueryGrams(q);
        const string inTitle = "l.\"TitleTerms\" @@ {0}::tsquery";
        return ("FROM \"NormativeLibrary\" l WHERE " + (part == Part.Title ? inTitle
            : $"l.\"Terms\" @@ {{0}}::tsquery AND NOT ({inTitle})"),
            string.Join(" & ", grams.Select(g => $"'{g}'")), exact);
    }

    static (string Where, string Match, bool Exact) SqliteMatch(Part part, string q)
    {
        var terms = LibraryText.QueryTerms(q);
        var oneRun = q.All(char.IsLetterOrDigit);
        var phrase = oneRun ? $"\"{string.Join(' ', terms)}\"" : string.Join(" AND ", terms.Select(t => $"\"{t}\""));
        return ("FROM \"NormativeLibrary\" l WHERE \"NormativeLibrary\" MATCH {0}", part == Part.Title
            ? $"title : ({phrase})" : $"(terms : ({phrase})) NOT (title : ({phrase}))", oneRun);
    }
}
