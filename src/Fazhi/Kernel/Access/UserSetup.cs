using Microsoft.AspNetCore.Identity;

namespace Fazhi.Kernel.Access;

public static class UserSetup
{
    public static async Task EnsureRolesAsync(IServiceProvider sp)
    {
        var roles = sp.GetRequiredService<RoleManager<AppRole>>();
        foreach (var (name, label, scope) in Roles.Builtin)
            if (await roles.FindByNameAsync(name) is null)
                Check(await roles.CreateAsync(new AppRole { Name = name, Label = label, Scope = scope }));
    }

    public static async Task<AppUser> CreateAsync(
        IServiceProvider sp, string userName, string displayName, string password, int unitId, params string[] roles)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = userName, DisplayName = displayName, UnitId = unitId, LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roles));
        return user;
    }

    public static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new ArgumentException(string.Join("；", r.Errors.Select(e => e.Description)));
    }
}
