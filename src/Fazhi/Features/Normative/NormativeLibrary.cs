using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>A page of the library's answer: how many documents in force hold the query, and this page of them, best
/// first.</summary>
public sealed record LibraryPage(string Query, int Total, IReadOnlyList<(NormativeDocument Document, Highlight Title,
    Highlight Text)> Hits, int Page);

/// <summary>The public library of documents in force, searched by full text. Each store keeps its own index of the
/// documents' bigrams (LibraryText), created by its migration, holding the documents in force only (a repeal or a
/// lapse takes a document out): an FTS5 table in SQLite, tsvectors under GIN indexes in PostgreSQL. Documents with the
/// query in the title come first, then those with it in the text; each newest first (the latest registered), an order
/// the index walks and stops at the page, so a word in nearly every document costs no more than a rare one. The
/// library is public: published documents are open to all (优化营商环境条例 第64条), so it reads past the caller's data
/// scope.</summary>
public sealed class NormativeLibrary(FazhiDb db)
{
    public const int PageSize = 20;
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
                values.AddRange([d.Id, LibraryText.Terms(title), LibraryText.Terms(body), title + "\n" + body]);
                rows.Add(db.IsPostgres
                    ? $"({{{n}}}, to_tsvector('simple', {{{n + 1}}}) || to_tsvector('simple', {{{n + 2}}}), " +
                      $"to_tsvector('simple', {{{n + 1}}}), {{{n + 3}}})"
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
        var terms = LibraryText.QueryTerms(q);
        if (terms.Count == 0) throw new DomainException("q", "请至少输入两个相连的文字或数字");
        page = Math.Max(1, page);
        var inTitle = await FindAsync(Part.Title, terms, q, 0, int.MaxValue, count: true, ct);
        var rest = await FindAsync(Part.TextOnly, terms, q, 0, int.MaxValue, count: true, ct);
        // Title hits first, then the rest; each newest first, which the index walks in order and stops at the page.
        var (skip, ids) = ((page - 1) * PageSize, new List<int>());
        if (skip < inTitle.Count) ids.AddRange(await Ids(Part.Title, skip));
        if (ids.Count < PageSize) ids.AddRange(await Ids(Part.TextOnly, Math.Max(0, skip - inTitle.Count)));
        var total = Math.Min(inTitle.Count + rest.Count, ListCount.Cap + 1);
        // A document whose validity ended today is taken out by the night's job (NormativeService.LapseAsync).
        var documents = await InForce(today).Include(d => d.Unit).Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, ct);
        return new(query!.Trim(), total, [.. ids.Where(documents.ContainsKey).Select(id => documents[id])
            .Select(d => (d, LibraryText.Snippet(d.Title, q, 60), LibraryText.Snippet(d.Body, q)))], page);

        async Task<List<int>> Ids(Part part, int offset) =>
            (await FindAsync(part, terms, q, offset, PageSize - ids.Count, count: false, ct)).Ids;
    }

    enum Part { Title, TextOnly }

    /// <summary>The documents holding the query in the title, or in the text but not the title: a page of their ids,
    /// newest first, or their number up to the lists' cap. A query of one run of letters and digits is a phrase of
    /// its bigrams in SQLite, exact; otherwise (and always in PostgreSQL, for more than one bigram) the normalised
    /// text confirms the run.</summary>
    async Task<(List<int> Ids, int Count)> FindAsync(Part part, IReadOnlyList<string> terms, string q, int offset,
        int take, bool count, CancellationToken ct)
    {
        var oneRun = q.All(char.IsLetterOrDigit);
        var confirm = db.IsPostgres ? terms.Count > 1 : !oneRun;
        // Terms are letters and digits only (LibraryText), so quoting them cannot break the query syntax.
        string where;
        if (db.IsPostgres)
        {
            var inTitle = "l.\"TitleTerms\" @@ to_tsquery('simple', {0})";
            where = "FROM \"NormativeLibrary\" l WHERE " + (part == Part.Title ? inTitle
                : $"l.\"Terms\" @@ to_tsquery('simple', {{0}}) AND NOT ({inTitle})");
        }
        else
        {
            var phrase = oneRun ? $"\"{string.Join(' ', terms)}\""
                : string.Join(" AND ", terms.Select(t => $"\"{t}\""));
            where = "FROM \"NormativeLibrary\" l WHERE \"NormativeLibrary\" MATCH {0}";
            phrase = part == Part.Title ? $"title : ({phrase})" : $"(terms : ({phrase})) NOT (title : ({phrase}))";
            terms = [phrase];
        }
        if (confirm) where += db.IsPostgres ? " AND strpos(l.\"Text\", {1}) > 0" : " AND instr(l.text, {1}) > 0";
        object[] values = [db.IsPostgres ? string.Join(" & ", terms.Select(t => $"'{t}'")) : terms[0], q,
            take, offset];
        var id = db.IsPostgres ? "l.\"DocumentId\"" : "l.rowid";
        // Every value is a parameter; the statements are put together from constant parts only.
        if (count)
        {
            var counted = $"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 AS one {where} LIMIT {ListCount.Cap + 1}) c";
            return ([], await db.Database.SqlQueryRaw<int>(counted, values).SingleAsync(ct));
        }
        var select = $"SELECT {id} AS \"Value\" {where} ORDER BY {id} DESC LIMIT {{2}} OFFSET {{3}}";
        return (await db.Database.SqlQueryRaw<int>(select, values).ToListAsync(ct), 0);
    }
}
