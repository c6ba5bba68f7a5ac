using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Demo;

/// <summary>A plainly fictional county (云岭市清河县, code 149901, not a real division): its units and demo
/// accounts,
/// then every feature's records for it (IFeature.AddDemoAsync), all from one fixed seed.</summary>
public sealed class DemoCounty : IFeature, IDemoBuilder
{
    public const string Password = "Fazhi2026!";

    public string Area => "demo";
    public string Title => "演示数据";

    static readonly string[] Departments =
    [
        "县司法局", "县公安局", "县市场监督管理局", "县自然资源局", "县生态环境局",
            "县住房和城乡建设局", "县交通运输局",
        "县农业农村局", "县卫生健康局", "县人力资源和社会保障局", "县应急管理局",
            "县教育局", "县财政局", "县民政局", "县水利局",
        "县文化和旅游局", "县商务局", "县发展和改革局", "县医疗保障局",
            "县退役军人事务局", "县林业局", "县综合行政执法局",
        "县审计局", "县统计局", "县行政审批服务管理局", "县信访局", "县工业和信息化局",
            "县乡村振兴局", "县档案局", "县人民政府办公室",
    ];
    static readonly string[] Townships = ["城关镇", "东河镇", "西山乡", "南湖镇", "北坪乡", "柳林镇",
        "石桥乡", "青云镇", "白马乡", "龙泉镇"];

    public IEnumerable<CliVerb> Verbs => [new(null, DemoCommand)];

    static Command DemoCommand(ICliHost host)
    {
        var reset = new Option<bool>("--reset") { Description = "删除现有数据后重建" };
        var command = new Command("demo", "生成演示县的单位、用户和两年的案件") { reset };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            if (await ExistsAsync(sp.GetRequiredService<FazhiDb>()) && !parsed.GetValue(reset))
            {
                Console.WriteLine("数据库中已有数据；如需重建请加 --reset");
                return 1;
            }
            Console.WriteLine(await BuildAsync(sp, parsed.GetValue(reset)));
            return 0;
        }));
        return command;
    }

    Task<string> IDemoBuilder.BuildAsync(IServiceProvider services) => BuildAsync(services, reset: false);

    public static Task<bool> ExistsAsync(FazhiDb db) => db.Units.AnyAsync();

    public static async Task<string> BuildAsync(IServiceProvider sp, bool reset)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        if (reset)
        {
            await db.Database.EnsureDeletedAsync();
            await StorageSetup.EnsureSchemaAsync(db);
        }
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

        var city = await AddUnitAsync(db, null, "云岭市人民政府", UnitKind.Government, "149900", 0);
        var county = await AddUnitAsync(db, city, "清河县人民政府", UnitKind.Government, "149901", 1);
        var units = new Dictionary<string, Unit> { ["县人民政府"] = county };
        var order = 2;
        foreach (var name in Departments)
            units[name] = await AddUnitAsync(db, county, "清河" + name, UnitKind.Department, null, order++);
        foreach (var name in Townships)
            units[name] = await AddUnitAsync(db, county, "清河县" + name + "人民政府", UnitKind.Township, null,
                order++);
        var court = await AddUnitAsync(db, county, "清河县人民法院", UnitKind.Court, null, order++);
        await AddUnitAsync(db, city, "云岭市中级人民法院", UnitKind.Court, null, order);

        await UserSetup.EnsureRolesAsync(sp);
        await UserSetup.CreateAsync(sp, "admin", "系统管理员", Password, city.Id, Roles.Administrator);
        await UserSetup.CreateAsync(sp, "sfj", "县司法局 复议应诉科", Password, county.Id, Roles.Coordinator);
        await UserSetup.CreateAsync(sp, "gaj", "县公安局 法制大队", Password, units["县公安局"].Id,
            Roles.Clerk);
        await UserSetup.CreateAsync(sp, "scj", "县市场监管局 法规股", Password,
            units["县市场监督管理局"].Id, Roles.Clerk);
        await UserSetup.CreateAsync(sp, "guest", "只读查看", Password, county.Id, Roles.Viewer);

        var world = new DemoWorld(sp, today, new Random(2026))
        {
            City = city, County = county, Court = court, Units = units,
        };
        var parts = new List<string> { $"{Departments.Length + Townships.Length + 4}个单位" };
        foreach (var feature in FeatureCatalog.All)
        {
            // Each feature starts on a fresh tracker: the records before it need no change detection on every save.
            world.Db.ChangeTracker.Clear();
            if (await feature.AddDemoAsync(world) is { } part) parts.Add(part);
        }
        return $"演示数据已生成：{string.Join("、", parts)}。\n" +
               $"演示账号（密码均为 {Password}）：admin 系统管理员；" +
                   $"sfj 县司法局（本县及以下）；gaj 县公安局经办人（仅本单位）；" +
               "scj 县市场监管局经办人；guest 只读。";
    }

    static async Task<Unit> AddUnitAsync(
        FazhiDb db, Unit? parent, string name, UnitKind kind, string? division, int order)
    {
        var body = "11" + "149901" + (order + 100).ToString("D9");
        var unit = new Unit
        {
            Name = name, Kind = kind, DivisionCode = division, ParentId = parent?.Id, SortOrder = order,
            CreditCode = kind == UnitKind.Township ? null : NationalCodes.WithCreditCheck(body),
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        await db.SaveChangesAsync();
        return unit;
    }
}
