using Microsoft.EntityFrameworkCore;

namespace Fazhi.Kernel.Storage;

/// <summary>Recognises what a failed save means for the caller, across both stores.</summary>
public static class StoreErrors
{
    /// <summary>A unique index refused the row: another request saved the same thing first.</summary>
    public static bool IsDuplicate(DbUpdateException e) => e.InnerException is
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" };

    public const string Conflict = "该记录已被他人修改或已重复提交，请刷新后重试";
}
