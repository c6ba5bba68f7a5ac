using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Plans;

/// <summary>`fazhi plan import FILE [--dry-run] [--format json] [--unit 单位]`: reads a plan, shows what was
/// recognised, and (without --dry-run) creates it; names left unresolved are listed for a person.</summary>
public static class PlanCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Build(ICliHost host)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "只识别并显示结果，不创建" };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json" };
        var unit = new Option<string?>("--unit")
        {
            Description = "方案所属单位（名称、统一社会信用代码或行政区划代码）；库中只有一个县级政府时可省略",
        };
        var import = CliCommands.WithFile("import", "导入实施方案（.txt/.docx/.pdf/.xlsx）：识别任务、牵头和参加单位、" +
            "时间节点", (file, parsed) => host.RunAsync(sp => ImportAsync(sp, file, new ImportOptions(
                parsed.GetValue(unit), parsed.GetValue(dryRun),
                string.Equals(parsed.GetValue(format), "json", StringComparison.OrdinalIgnoreCase)),
                Console.Out, Console.Error)), dryRun, format, unit);
        var supervise = new Command("supervise", "检查逾期任务和未按月报送的进展，下达督办单；升级逾期未办结的督办单" +
            "（同一事由只下达一次，可由定时任务运行）");
        supervise.SetAction((_, _) => host.RunAsync(async sp =>
        {
            Console.WriteLine(await sp.GetRequiredService<SupervisionService>().SuperviseAndSayAsync());
            return 0;
        }));
        return new Command("plan", "实施方案") { import, supervise };
    }

    public sealed record ImportOptions(string? Unit, bool DryRun, bool Json);

    /// <summary>The verb's work: what was recognised goes to output (JSON alone there with --format json, so it
    /// can be piped), the outcome and any refusal to errors. Exit code 4 when nothing could be imported.</summary>
    public static async Task<int> ImportAsync(IServiceProvider sp, FileInfo file, ImportOptions options,
        TextWriter output, TextWriter errors)
    {
        var svc = sp.GetRequiredService<PlanService>();
        try
        {
            if (!file.Exists) throw new DomainException("File", $"文件不存在：{file.FullName}");
            await using var input = file.OpenRead();
            var text = await PlanService.TextOfAsync(input, file.Name);
            var owner = await OwnerAsync(sp.GetRequiredService<FazhiDb>(), options.Unit);
            var preview = await svc.PreviewAsync(text, owner.Id);
            await output.WriteLineAsync(options.Json ? JsonSerializer.Serialize(preview.ToJson(), Json)
                : Describe(preview));
            if (options.DryRun) return 0;
            var plan = await svc.CreateAsync(preview, new Dictionary<string, int>());
            await (options.Json ? errors : output).WriteLineAsync(
                $"已创建实施方案（编号{plan.Id}）：{plan.Tasks.Count}项任务；待确认的单位名称请在方案页面确认");
            return 0;
        }
        catch (DomainException e)
        {
            await errors.WriteLineAsync($"未导入：{e.Message}");
            return 4;
        }
    }

    /// <summary>The unit named, or the one government that has no government below it.</summary>
    static async Task<Unit> OwnerAsync(FazhiDb db, string? name)
    {
        if (name is { Length: > 0 })
            return await db.Units.FirstOrDefaultAsync(u => u.Name == name || u.CreditCode == name
                       || u.DivisionCode == name)
                   ?? throw new DomainException("unit", $"没有名称或代码为“{name}”的单位");
        var governments = await db.Units.Where(u => u.Kind == UnitKind.Government).ToListAsync();
        var lowest = governments.Where(g => !governments.Any(o => o != g && o.Path.StartsWith(g.Path))).ToList();
        return lowest.Count == 1 ? lowest[0]
            : throw new DomainException("unit", "请用 --unit 指明方案所属单位（库中有多个政府）");
    }

    static string Describe(PlanPreview preview)
    {
        var lines = new List<string>
        {
            $"{preview.Plan.Title}{(preview.Plan.DocumentNumber is { } n ? $"（{n}）" : "")}，" +
                $"{(preview.Plan.IssuedFound ? "" : "未找到印发日期，按今天计")}{preview.Plan.Issued:yyyy年M月d日}",
            $"识别出{preview.Plan.Tasks.Count}项任务、{preview.Plan.Tasks.Sum(t => t.Targets.Count)}个时间节点；" +
                $"单位名称{preview.Names.Count}个，其中待确认{preview.ToResolve.Count()}个",
        };
        foreach (var t in preview.Plan.Tasks)
        {
            lines.Add($"{t.Number} {PlanLabels.Excerpt(t.Text, 40)}");
            lines.Add($"    牵头：{Names(preview, t.Lead)}");
            if (t.Participants.Count > 0) lines.Add($"    参加：{Names(preview, t.Participants)}");
            foreach (var g in t.Targets) lines.Add($"    时间节点：{g.Due:yyyy-MM-dd} {g.Text}");
        }
        foreach (var m in preview.ToResolve)
            lines.Add($"待确认：{m.Name}" + (m.Units.Count > 0
                ? $"（可能是：{string.Join("、", m.Units.Select(u => u.Name))}）" : "（单位树中没有）"));
        return string.Join('\n', lines);
    }

    static string Names(PlanPreview preview, IEnumerable<string> names) => string.Join("、", names.Select(n =>
        preview.Names[n] switch
        {
            { Kind: NameMatchKind.Matched } m when m.Units[0].Name != n => $"{n}→{m.Units[0].Name}",
            { Kind: NameMatchKind.Group } m => $"{n}（{m.Units.Count}个单位）",
            { Kind: NameMatchKind.Unsure or NameMatchKind.Unmatched } => $"{n}（待确认）",
            _ => n,
        }));


}
