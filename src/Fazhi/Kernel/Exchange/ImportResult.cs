namespace Fazhi.Kernel.Exchange;

/// <summary>What an all-or-nothing import did: how many records it saved (counted in Measure: 人, 项) or,
/// when any row was bad, every error with its row and column and nothing saved.</summary>
public sealed record ImportResult(int Imported, string Measure, List<RowError> Errors)
{
    public string Summary =>
        Errors.Count == 0 ? $"导入成功：共{Imported}{Measure}" : SheetReader.FailureSummary(Errors);
}
