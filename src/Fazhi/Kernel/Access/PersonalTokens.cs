using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Access;

/// <summary>A personal API token; only its SHA-256 is stored. It works until it expires or is revoked, and only while
/// its user keeps the security stamp it was issued under: a role change or a lock ends it at once.</summary>
public class PersonalToken : Audit.IAudited
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    /// <summary>The user's security stamp when the token was issued.</summary>
    public string UserStamp { get; set; } = "";
    public int Version { get; set; }
}

public static class PersonalTokens
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Issues a token (shown once, stored as its hash); the issue is in the audit log.</summary>
    public static async Task<string> CreateAsync(FazhiDb db, AppUser user, string name, DateTime nowUtc,
        TimeSpan? lifetime = null)
    {
        var token = "fz_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30))
            .Replace('+', '-').Replace('/', '_');
        db.PersonalTokens.Add(new PersonalToken
        {
            UserId = user.Id, Name = name, Hash = Hash(token), CreatedUtc = nowUtc,
            ExpiresUtc = nowUtc + (lifetime ?? DefaultLifetime), UserStamp = user.SecurityStamp ?? "",
        });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>Revokes the user's live tokens (or only those of that name); returns how many. Each revocation is in
    /// the audit log.</summary>
    public static async Task<int> RevokeAsync(FazhiDb db, AppUser user, string? name, DateTime nowUtc)
    {
        var live = await db.PersonalTokens
            .Where(t => t.UserId == user.Id && t.RevokedUtc == null && (name == null || t.Name == name))
            .ToListAsync();
        foreach (var t in live) t.RevokedUtc = nowUtc;
        await db.SaveChangesAsync();
        return live.Count;
    }
}

/// <summary>Authenticates "Authorization: Bearer fz_…" against the stored token hashes.</summary>
public class PersonalTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    FazhiDb db, IUserClaimsPrincipalFactory<AppUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = PersonalTokens.Hash(header["Bearer ".Length..].Trim());
        var token = await db.PersonalTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedUtc is not null || token.ExpiresUtc <= now.UtcDateTime)
            return AuthenticateResult.Fail("令牌无效、已过期或已吊销");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId);
        if (user is null || user.LockoutEnd > now || user.SecurityStamp != token.UserStamp)
            return AuthenticateResult.Fail("令牌所属用户已锁定或其角色已变更，请重新生成令牌");
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, Scheme.Name)), Scheme.Name));
    }
}
