using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>A found document's id.</summary>
public sealed class LibraryHit
{
    public int DocumentId { get; set; }
}

/// <summary>A page of the library's answer: how many documents in force hold the query, and this page of them, best
/// first.</summary>
public sealed record LibraryPage(string Query, int Total, IReadOnlyList<(NormativeDocument Document, Highlight Title,
    Highlight Text)> Hits, int Page);

/// <summary>The public library of documents in force, searched by full text. Each store keeps its own index of the
/// documents' bigrams (LibraryText), created by its migration, holding the documents in force only (a repeal or a
/// lapse takes a document out):
/// <list type="bullet">
/// <item>SQLite: an FTS5 table; a query of one run of letters and digits is a phrase of its bigrams, which finds
/// exactly the documents holding it; ranked by bm25 with the title weighing ten times the text.</item>
/// <item>PostgreSQL: a tsvector under a GIN index; its bigrams must all be there, and for more than one bigram the
/// normalised text confirms the run (positions in a tsvector stop at 16,383, so a phrase cannot be trusted in a
/// long text); documents with the query in the title first, then the newest (ts_rank would read every match's whole
/// vector, too slow for a word in most documents).</item>
/// </list>
/// The library is public: published documents are open to all (优化营商环境条例 第64条), so it reads past the caller's
/// data scope.</summary>
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
                if (db.IsPostgres) values.Add(d.IssuedOn ?? d.RegisteredOn);
                rows.Add(db.IsPostgres
                    ? $"({{{n}}}, setweight(to_tsvector('simple', {{{n + 1}}}), 'A') || " +
                      $"to_tsvector('simple', {{{n + 2}}}), to_tsvector('simple', {{{n + 1}}}), {{{n + 3}}}, {{{n + 4}}})"
                    : $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}})");
            }
            // Placeholders only: every value is a parameter.
            var insert = (db.IsPostgres
                ? "INSERT INTO \"NormativeLibrary\" (\"DocumentId\", \"Terms\", \"TitleTerms\", \"Text\", \"IssuedOn\") " +
                  "VALUES "
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
        var oneRun = q.All(char.IsLetterOrDigit);
        // Terms are letters and digits only (LibraryText), so quoting them cannot break the query syntax.
        var match = db.IsPostgres ? string.Join(" & ", terms.Select(t => $"'{t}'"))
            : oneRun ? $"\"{string.Join(' ', terms)}\"" : string.Join(" AND ", terms.Select(t => $"\"{t}\""));
        var confirm = db.IsPostgres ? terms.Count > 1 : !oneRun;
        object[] values = [match, PageSize, (page - 1) * PageSize, q];
        var where = db.IsPostgres
            ? "FROM \"NormativeLibrary\" l, to_tsquery('simple', {0}) q WHERE l.\"Terms\" @@ q" +
              (confirm ? " AND strpos(l.\"Text\", {3}) > 0" : "")
            : "FROM \"NormativeLibrary\" l WHERE \"NormativeLibrary\" MATCH {0}" +
              (confirm ? " AND instr(l.text, {3}) > 0" : "");
        // Every value is a parameter; the statements are put together from constant parts only.
        var select = db.IsPostgres
            ? $"SELECT l.\"DocumentId\" {where} ORDER BY (l.\"TitleTerms\" @@ q) DESC, l.\"IssuedOn\" DESC, " +
              "l.\"DocumentId\" DESC LIMIT {1} OFFSET {2}"
            : $"SELECT l.rowid AS \"DocumentId\" {where} ORDER BY rank LIMIT {{1}} OFFSET {{2}}";
        var ids = (await db.Database.SqlQueryRaw<LibraryHit>(select, values).ToListAsync(ct))
            .Select(h => h.DocumentId).ToList();
        // Counted up to the lists' cap, as every list counts (ListCount).
        var count = $"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 AS one {where} LIMIT {ListCount.Cap + 1}) c";
        var total = await db.Database.SqlQueryRaw<int>(count, values).SingleAsync(ct);
        // A document whose validity ended today is taken out by the night's job (NormativeService.LapseAsync).
        var documents = await InForce(today).Include(d => d.Unit).Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, ct);
        return new(query!.Trim(), total, [.. ids.Where(documents.ContainsKey).Select(id => documents[id])
            .Select(d => (d, LibraryText.Snippet(d.Title, q, 60), LibraryText.Snippet(d.Body, q)))], page);
    }
}
