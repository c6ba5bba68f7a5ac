using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Admin;

/// <summary>系统管理: users, roles and their data scopes, the audit log, the login log and the scheduled jobs —
/// administrators only.</summary>
public sealed class AdminFeature : IFeature
{
    public string Area => "admin";
    public string Title => "系统管理";

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavGroup.System, "用户管理", "/admin/users", "ti-users", 20, AccessSetup.AdminPolicy),
        new(NavGroup.System, "角色与数据权限", "/admin/roles", "ti-shield-lock", 30, AccessSetup.AdminPolicy),
        new(NavGroup.System, "审计日志", "/admin/audit", "ti-history", 40, AccessSetup.AdminPolicy),
        new(NavGroup.System, "登录日志", "/admin/logins", "ti-login", 50, AccessSetup.AdminPolicy),
        new(NavGroup.System, "定时任务", "/admin/jobs", "ti-clock-play", 60, AccessSetup.AdminPolicy),
    ];

    public IEnumerable<CliVerb> Verbs =>
        [new("admin", CreateAdmin), new("token", CreateToken), new("token", RevokeToken), new("audit", VerifyAudit),
            new("audit", AnchorAudit)];

    static Command CreateAdmin(ICliHost host)
    {
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var password = new Option<string>("--password") { Description = "密码（至少8位，" +
            "含数字和小写字母）", Required = true };
        var unit = new Option<int?>("--unit") { Description = "所属单位ID（默认单位树的根）" };
        var command = new Command("create", "创建系统管理员") { user, password, unit };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await UserSetup.EnsureRolesAsync(sp);
            var unitId = parsed.GetValue(unit) ?? await db.RootUnitIdAsync()
                         ?? throw new ArgumentException("还没有任何单位：" +
                             "请先运行 fazhi demo 或导入单位");
            var name = parsed.GetValue(user)!;
            await UserSetup.CreateAsync(sp, name, name, parsed.GetValue(password)!, unitId, Roles.Administrator);
            Console.WriteLine($"已创建系统管理员 {name}");
            return 0;
        }));
        return command;
    }

    static Command CreateToken(ICliHost host)
    {
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var name = new Option<string>("--name") { Description = "令牌用途说明",
            DefaultValueFactory = _ => "命令行创建" };
        var days = new Option<int>("--days") { Description = "有效天数", DefaultValueFactory = _ => 90 };
        var command = new Command("create", "生成个人API令牌（只显示一次；" +
            "用户角色变更或被锁定时立即失效）")
        {
            user, name, days,
        };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            if (parsed.GetValue(days) is not (> 0 and <= 366))
                throw new ArgumentException("有效天数应为1至366天");
            var db = sp.GetRequiredService<FazhiDb>();
            var found = await FindUserAsync(db, parsed.GetValue(user));
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            Console.WriteLine(await PersonalTokens.CreateAsync(db, found, parsed.GetValue(name)!, now,
                TimeSpan.FromDays(parsed.GetValue(days))));
            return 0;
        }));
        return command;
    }

    static Command RevokeToken(ICliHost host)
    {
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var name = new Option<string?>("--name") { Description = "只吊销该用途说明的令牌（默认吊销该" +
            "用户的全部令牌）" };
        var command = new Command("revoke", "吊销个人API令牌") { user, name };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var found = await FindUserAsync(db, parsed.GetValue(user));
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var count = await PersonalTokens.RevokeAsync(db, found, parsed.GetValue(name), now);
            Console.WriteLine($"已吊销{found.UserName}的{count}个令牌");
            return 0;
        }));
        return command;
    }

    static async Task<AppUser> FindUserAsync(FazhiDb db, string? userName) =>
        await db.Users.FirstOrDefaultAsync(u => u.UserName == userName)
        ?? throw new ArgumentException($"用户“{userName}”不存在");

    static Command VerifyAudit(ICliHost host)
    {
        var anchor = new Option<string?>("--anchor") { Description = "此前 fazhi audit anchor " +
            "打印的“条数:哈希”" };
        var command = new Command("verify", "用审计密钥校验审计日志哈希链；" +
            "给出锚点时还能发现删除和整链改写") { anchor };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            var given = parsed.GetValue(anchor) is { } text ? AuditAnchor.Parse(text) : (AuditAnchor?)null;
            var db = sp.GetRequiredService<FazhiDb>();
            var broken = await AuditChain.VerifyAsync(db, given);
            Console.WriteLine(broken ?? $"审计日志完整：共{await db.AuditEntries.CountAsync()}条，" +
                "哈希链校验通过" +
                (given is { } g ? $"，与锚点（第{g.Count}条）相符" : ""));
            return broken is null ? 0 : 3;
        }));
        return command;
    }

    static Command AnchorAudit(ICliHost host)
    {
        var command = new Command("anchor", "打印审计日志当前的锚点（条数:哈希），" +
            "请保存在数据库以外");
        command.SetAction((_, _) => host.RunAsync(async sp =>
        {
            Console.WriteLine(await AuditChain.AnchorAsync(sp.GetRequiredService<FazhiDb>()));
            return 0;
        }));
        return command;
    }
}
