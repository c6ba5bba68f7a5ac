using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Account;

/// <summary>Password sign-in; every attempt is logged, five failures lock the account for 15 minutes.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kernel.Host.WebSecurity.SignInPolicy)]
public class LoginModel(SignInManager<AppUser> signIn, FazhiDb db) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public string? Error { get; set; }

    public const string FailedSignIn = "登录失败：用户名或密码错误，或账号已被锁定（连续5次" +
        "输错密码锁定15分钟）";

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var result = await signIn.PasswordSignInAsync(
            UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        db.LoginRecords.Add(new LoginRecord
        {
            UserName = UserName.Trim(), AtUtc = DateTime.UtcNow, Succeeded = result.Succeeded,
            RemoteIp = HttpContext.Connection.RemoteIpAddress?.ToString(),
            Detail = result.Succeeded ? "登录成功" : result.IsLockedOut ? "账号已锁定"
                : "用户名或密码错误",
        });
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        // One reply for every failure, so the form does not tell which accounts exist or are locked; the login log
        // (administrators only) keeps the reason.
        Error = FailedSignIn;
        return Page();
    }
}
