using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Fazhi.Kernel.Audit;

namespace Fazhi.Kernel.Host;

/// <summary>The keys that sign login cookies and antiforgery tokens are kept in the database so that several web
/// nodes share them. Encrypted with a configured certificate (DataProtection:CertificateFile, a .pfx, and
/// DataProtection:CertificatePassword), a copy of the database no longer lets anyone forge a login.</summary>
public static class KeyProtection
{
    public const string NoCertificateWarning =
        "安全警告：未配置 DataProtection:CertificateFile，登录 Cookie 的签名密钥以明文存放在数" +
            "据库中，" +
        "能读取数据库的人可以伪造任何用户的登录。生产环境请配置证书（.pfx）" +
            "及其密码。";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(
        this IDataProtectionBuilder builder, IConfiguration config)
    {
        if (config["DataProtection:CertificateFile"] is not { Length: > 0 } file) return builder;
        X509Certificate2 certificate;
        var password = config["DataProtection:CertificatePassword"];
        try { certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password); }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"无法读取 DataProtection:CertificateFile“{file}”" +
                $"：{e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"证书“{file}”不含私钥，无法解密已保存的密钥");
        return builder.ProtectKeysWithCertificate(certificate);
    }

    /// <summary>What an operator must hear at start: keys in the clear, or an audit key just made that needs a
    /// backup kept apart from the database.</summary>
    public static IEnumerable<string> StartWarnings(IConfiguration config, AuditKey auditKey)
    {
        if (config["DataProtection:CertificateFile"] is not { Length: > 0 }) yield return NoCertificateWarning;
        if (auditKey.Created) yield return NewAuditKeyWarning(auditKey);
    }

    public static string NewAuditKeyWarning(AuditKey key) =>
        $"已新建审计密钥 {key.Source}：请备份，并与数据库分开保存；" +
            "丢失后审计日志将无法校验，泄露后审计日志可被改写而不被发现。";

    public static void WarnAtStart(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi.Security");
        foreach (var warning in StartWarnings(app.Configuration, app.Services.GetRequiredService<AuditKey>()))
            logger.LogWarning("{Warning}", warning);
    }
}
