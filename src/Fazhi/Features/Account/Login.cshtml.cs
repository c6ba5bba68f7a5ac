using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Account;

/// <summary>Password sign-in; every attempt is logged, five failures lock the account for 15 minutes.</summary>
public class LoginModel(SignInManager<AppUser> signIn, FazhiDb db) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public string? Error { get; set; }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var result = await signIn.PasswordSignInAsync(
            UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        db.LoginRecords.Add(new LoginRecord
        {
            UserName = UserName.Trim(), AtUtc = DateTime.UtcNow, Succeeded = result.Succeeded,
            RemoteIp = HttpContext.Connection.RemoteIpAddress?.ToString(),
            Detail = result.Succeeded ? "登录成功" : result.IsLockedOut ? "账号已锁定" : "用户名或密码错误",
        });
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        Error = result.IsLockedOut ? "连续登录失败次数过多，账号已锁定15分钟" : "用户名或密码错误";
        return Page();
    }
}
