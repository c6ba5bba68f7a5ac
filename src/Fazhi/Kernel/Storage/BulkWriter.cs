using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Figures;

namespace Fazhi.Kernel.Storage;

/// <summary>Inserts many new records by the store's fast path — PostgreSQL binary COPY, or one prepared statement in
/// one SQLite transaction — together with an audit link for each, all in one transaction. Ids are reserved first, so
/// each link names its record. Only scalar properties (and primitive collections) are written: records with child
/// rows go through SaveChanges. Rows derived from one audited record — a draw's tasks, which the draw's seed, pools
/// and result hash on the audited plan reproduce — may be written without a link each
/// (<see cref="InsertDerivedAsync"/>).</summary>
public static class BulkWriter
{
    const int AnalyzeThreshold = 10_000;

    public static async Task InsertAsync<T>(FazhiDb db, IReadOnlyList<T> records, CancellationToken ct = default)
        where T : class, IAudited
    {
        if (records.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var ownTx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.LockAuditChainAsync(ct);
            await StampedUnits.BumpAsync(db, StampedUnits.Of(records), ct);
            var first = await ReserveIdsAsync(db, entity, key, records.Count, ct);
            for (var i = 0; i < records.Count; i++)
                key.PropertyInfo!.SetValue(records[i], Convert.ChangeType(first + i, key.ClrType));
            var columns = entity.GetProperties().ToList();
            await CopyAsync(db, entity, columns, records, ct);

            var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
            var previous = await AuditChain.TailAsync(db, ct);
            var now = AuditChain.StorableNow();
            // Snapshots are independent and built in parallel; the hashes chain in order.
            var afters = new string[records.Count];
            Parallel.For(0, records.Count, i => afters[i] = AuditChain.Snapshot(columns, records[i]));
            var links = new List<AuditEntry>(records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                var id = key.PropertyInfo!.GetValue(records[i])!.ToString()!;
                var link = AuditChain.Link(db.AuditKey, previous, now, db.Scope.Actor, typeof(T).Name, id,
                    AuditAction.Insert, null, afters[i]);
                previous = link.Hash;
                links.Add(link);
            }
            // The store numbers audit rows in the order written, which is the chain's order.
            await CopyAsync(db, audit, audit.GetProperties().Where(p => !p.IsPrimaryKey()).ToList(), links, ct);
            // Fresh statistics after a large load, or the planner keeps estimating the table as it was.
            if (db.IsPostgres && records.Count >= AnalyzeThreshold)
            {
                var analyze = $"ANALYZE \"{entity.GetTableName()}\""; // a name from the model, not from input
                await db.Database.ExecuteSqlRawAsync(analyze, ct);
            }
            if (ownTx is not null) await ownTx.CommitAsync(ct);
        }
        finally
        {
            if (ownTx is not null) await ownTx.DisposeAsync();
        }
    }

    /// <summary>Inserts rows that an audited record in the same transaction vouches for (it holds their hash), with
    /// no link of their own and ids given by the store: a link per row costs more than the rows. Later changes to
    /// them are audited as any change is. Statistics are left to autovacuum: these rows add to a table, they do not
    /// load it.</summary>
    public static async Task InsertDerivedAsync<T>(FazhiDb db, IReadOnlyList<T> records, CancellationToken ct = default)
        where T : class, IAudited
    {
        if (records.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("派生记录应与为其担保的留痕记录在同一事务中写入");
        var entity = db.Model.FindEntityType(typeof(T))!;
        await StampedUnits.BumpAsync(db, StampedUnits.Of(records), ct);
        await CopyAsync(db, entity, entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToList(), records, ct);
    }

    static async Task<long> ReserveIdsAsync(
        FazhiDb db, IEntityType entity, IProperty key, int count, CancellationToken ct)
    {
        var table = entity.GetTableName()!;
        var column = key.GetColumnName();
        await using var cmd = Command(db);
        if (db.IsPostgres)
        {
            // Draw the ids from the identity sequence, so later inserts by EF continue after them.
            cmd.CommandText =
                $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', '{column}')) FROM generate_series(1, {count})";
            long first = 0, last = 0, n = 0;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) { var id = reader.GetInt64(0); if (n++ == 0) first = id; last = id; }
            if (last - first + 1 != count)
                throw new InvalidOperationException("编号序列不连续，无法批量写入");
            return first;
        }
        // SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so max+1 is ours.
        cmd.CommandText = $"SELECT COALESCE(MAX(\"{column}\"), 0) FROM \"{table}\"";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct)) + 1;
    }

    static async Task CopyAsync<TRow>(
        FazhiDb db, IEntityType entity, IReadOnlyList<IProperty> columns, IReadOnlyList<TRow> rows,
        CancellationToken ct)
    {
        var table = entity.GetTableName()!;
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""));
        if (db.Database.GetDbConnection() is NpgsqlConnection pg)
        {
            var types = columns.Select(c => DbType(c.GetColumnType())).ToArray();
            await using var importer =
                await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            // Synchronous writes per value: the importer buffers, and an await per field costs more than the copy
            // itself.
            foreach (var row in rows)
            {
                importer.StartRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    var v = ProviderValue(columns[i], row!);
                    if (v is null) importer.WriteNull(); else importer.Write(v, types[i]);
                }
            }
            await importer.CompleteAsync(ct);
            return;
        }
        await using var cmd = Command(db);
        cmd.CommandText =
            $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "$p" + i;
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        await cmd.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ProviderValue(columns[i], row!) ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The column's type, resolved once per column rather than by name for every value
    /// ("numeric(18,2)" → Numeric).</summary>
    static NpgsqlTypes.NpgsqlDbType DbType(string columnType) =>
        (columnType.IndexOf('(') is var i and > 0 ? columnType[..i] : columnType) switch
        {
            "integer" => NpgsqlTypes.NpgsqlDbType.Integer,
            "integer[]" => NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer,
            "bigint" => NpgsqlTypes.NpgsqlDbType.Bigint,
            "boolean" => NpgsqlTypes.NpgsqlDbType.Boolean,
            "date" => NpgsqlTypes.NpgsqlDbType.Date,
            "numeric" => NpgsqlTypes.NpgsqlDbType.Numeric,
            "text" => NpgsqlTypes.NpgsqlDbType.Text,
            "character varying" => NpgsqlTypes.NpgsqlDbType.Varchar,
            "timestamp with time zone" => NpgsqlTypes.NpgsqlDbType.TimestampTz,
            var other => throw new NotSupportedException($"批量写入不支持列类型 {other}"),
        };

    /// <summary>The value as the store keeps it (enums as numbers, through the property's EF converter).</summary>
    static object? ProviderValue(IProperty p, object row)
    {
        var v = p.PropertyInfo!.GetValue(row);
        return v is not null && p.GetTypeMapping().Converter is { } conv ? conv.ConvertToProvider(v) : v;
    }

    static DbCommand Command(FazhiDb db)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cmd;
    }
}
