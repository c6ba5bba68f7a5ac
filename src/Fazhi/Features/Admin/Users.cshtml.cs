using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Admin;

public class UsersModel(FazhiDb db, UserManager<AppUser> users, IServiceProvider sp) : PageModel
{
    public record Row(AppUser User, string UnitName, List<string> Roles);

    public List<Row> Users { get; private set; } = [];
    public List<AppRole> Roles { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Units = UnitExchange.TreeOrder(await db.Units.AsNoTracking().ToListAsync());
        var names = Units.ToDictionary(u => u.Id, u => u.Name);
        Roles = await db.Roles.AsNoTracking().OrderBy(r => r.Scope).ToListAsync();
        var memberships = await db.UserRoles.AsNoTracking().ToListAsync();
        var roleNames = Roles.ToDictionary(r => r.Id, r => r.Name!);
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync())
            .Select(u => new Row(u, names.GetValueOrDefault(u.UnitId, "（单位已删除）"),
                memberships.Where(m => m.UserId == u.Id).Select(m => roleNames[m.RoleId]).ToList()))
            .ToList();
    }

    public Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, int unitId, string? password,
        string[] roles) => RunAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
            throw new ArgumentException("请填写用户名和初始密码");
        if (roles.Length == 0) throw new ArgumentException("请至少选择一个角色");
        await UserSetup.CreateAsync(sp, userName.Trim(), (displayName ?? userName).Trim(), password, unitId, roles);
        return $"已创建用户 {userName}";
    });

    public Task<IActionResult> OnPostRolesAsync(string id, string[] roles) => RunAsync(async () =>
    {
        var user = await users.FindByIdAsync(id) ?? throw new ArgumentException("用户不存在");
        if (user.UserName == User.Identity!.Name && !roles.Contains(Kernel.Access.Roles.Administrator))
            throw new ArgumentException("不能取消自己的系统管理员角色");
        var current = await users.GetRolesAsync(user);
        UserSetup.Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        UserSetup.Check(await users.AddToRolesAsync(user, roles.Except(current)));
        // A new stamp ends the user's sessions and tokens at once: they sign in again under the new roles.
        UserSetup.Check(await users.UpdateSecurityStampAsync(user));
        return $"已更新 {user.UserName} 的角色";
    });

    public Task<IActionResult> OnPostLockAsync(string id) => RunAsync(async () =>
    {
        var user = await users.FindByIdAsync(id) ?? throw new ArgumentException("用户不存在");
        if (user.UserName == User.Identity!.Name) throw new ArgumentException("不能锁定自己");
        UserSetup.Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        UserSetup.Check(await users.UpdateSecurityStampAsync(user));
        return $"已锁定 {user.UserName}，其登录会话和令牌已失效";
    });

    public Task<IActionResult> OnPostUnlockAsync(string id) => RunAsync(async () =>
    {
        var user = await users.FindByIdAsync(id) ?? throw new ArgumentException("用户不存在");
        UserSetup.Check(await users.SetLockoutEndDateAsync(user, null));
        UserSetup.Check(await users.ResetAccessFailedCountAsync(user));
        return $"已解锁 {user.UserName}";
    });

    async Task<IActionResult> RunAsync(Func<Task<string>> action)
    {
        try
        {
            TempData["Message"] = await action();
            return Redirect("/admin/users");
        }
        catch (ArgumentException e) { Error = e.Message; }
        await OnGetAsync();
        return Page();
    }
}
