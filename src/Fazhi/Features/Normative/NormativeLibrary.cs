using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>A found document with its rank (higher is better).</summary>
public sealed class LibraryHit
{
    public int DocumentId { get; set; }
    public double Rank { get; set; }
}

/// <summary>A page of the library's answer: how many documents in force hold the query, and this page of them, best
/// first (the title weighs more than the text).</summary>
public sealed record LibraryPage(string Query, int Total, IReadOnlyList<(NormativeDocument Document, Highlight Title,
    Highlight Text)> Hits, int Page);

/// <summary>The public library of documents in force, searched by full text. Each store keeps its own index of the
/// documents' bigrams (LibraryText), created by its migration: an FTS5 table in SQLite ranked by bm25, a tsvector
/// column with a GIN index in PostgreSQL ranked by ts_rank. The library is public: published documents are open to
/// all (优化营商环境条例 第64条), so it reads past the caller's data scope, and only documents in force.</summary>
public sealed class NormativeLibrary(FazhiDb db)
{
    public const int PageSize = 20;

    public async Task IndexAsync(NormativeDocument d, CancellationToken ct = default)
    {
        var (title, body) = (LibraryText.Normalise(d.Title), LibraryText.Normalise(d.Body));
        object[] values = [d.Id, LibraryText.Terms(title), LibraryText.Terms(body), title + "\n" + body];
        await RemoveAsync(d.Id, ct);
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres
            ? "INSERT INTO \"NormativeLibrary\" (\"DocumentId\", \"Terms\", \"Text\") VALUES ({0}, " +
              "setweight(to_tsvector('simple', {1}), 'A') || to_tsvector('simple', {2}), {3})"
            : "INSERT INTO \"NormativeLibrary\" (rowid, title, terms, text) VALUES ({0}, {1}, {2}, {3})", values, ct);
    }

    public Task RemoveAsync(int documentId, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync(db.IsPostgres
            ? "DELETE FROM \"NormativeLibrary\" WHERE \"DocumentId\" = {0}"
            : "DELETE FROM \"NormativeLibrary\" WHERE rowid = {0}", [documentId], ct);

    /// <summary>A document of the library: in force and within its validity.</summary>
    public Task<NormativeDocument?> DocumentAsync(int id, DateOnly today, CancellationToken ct = default) =>
        db.NormativeDocuments.IgnoreQueryFilters().AsNoTracking().Include(d => d.Unit)
            .FirstOrDefaultAsync(d => d.Id == id && d.State == NormativeState.InForce && d.ValidUntil >= today, ct);

    public async Task<LibraryPage> SearchAsync(string? query, int page, DateOnly today, CancellationToken ct = default)
    {
        var q = LibraryText.Normalise(query ?? "");
        if (q.Length < LibraryText.MinQuery || q.Length > LibraryText.MaxQuery)
            throw new DomainException("q", $"请输入{LibraryText.MinQuery}至{LibraryText.MaxQuery}个字");
        var terms = LibraryText.QueryTerms(q);
        if (terms.Count == 0) throw new DomainException("q", "请至少输入两个相连的文字或数字");
        page = Math.Max(1, page);
        // Terms are letters and digits only (LibraryText), so quoting them cannot break the query syntax.
        var match = db.IsPostgres ? string.Join(" & ", terms.Select(t => $"'{t}'"))
            : string.Join(" AND ", terms.Select(t => $"\"{t}\""));
        object[] values = [match, q, today, PageSize, (page - 1) * PageSize];
        var from = db.IsPostgres
            ? "FROM \"NormativeLibrary\" l JOIN \"NormativeDocuments\" d ON d.\"Id\" = l.\"DocumentId\" " +
              "WHERE l.\"Terms\" @@ to_tsquery('simple', {0}) AND strpos(l.\"Text\", {1}) > 0 " +
              "AND d.\"State\" = 3 AND d.\"ValidUntil\" >= {2}"
            : "FROM \"NormativeLibrary\" l JOIN \"NormativeDocuments\" d ON d.\"Id\" = l.rowid " +
              "WHERE \"NormativeLibrary\" MATCH {0} AND instr(l.text, {1}) > 0 " +
              "AND d.\"State\" = 3 AND d.\"ValidUntil\" >= {2}";
        var rank = db.IsPostgres ? "ts_rank(l.\"Terms\", to_tsquery('simple', {0}))"
            : "-bm25(\"NormativeLibrary\", 10.0, 1.0)";
        // Every value is a parameter; the statement is put together from constant parts only.
        var select = $"SELECT d.\"Id\" AS \"DocumentId\", {rank} AS \"Rank\" {from} " +
            "ORDER BY 2 DESC, 1 DESC LIMIT {3} OFFSET {4}";
        var hits = await db.Database.SqlQueryRaw<LibraryHit>(select, values).ToListAsync(ct);
        // Counted up to the lists' cap, as every list counts (ListCount).
        var count = $"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 {from} LIMIT {ListCount.Cap + 1}) c";
        var total = await db.Database.SqlQueryRaw<int>(count, values).SingleAsync(ct);
        var ids = hits.Select(h => h.DocumentId).ToList();
        var documents = await db.NormativeDocuments.IgnoreQueryFilters().AsNoTracking().Include(d => d.Unit)
            .Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return new(query!.Trim(), total, [.. hits.Where(h => documents.ContainsKey(h.DocumentId))
            .Select(h => documents[h.DocumentId]).Select(d => (d, LibraryText.Snippet(d.Title, q, 60),
                LibraryText.Snippet(d.Body, q)))], page);
    }
}
