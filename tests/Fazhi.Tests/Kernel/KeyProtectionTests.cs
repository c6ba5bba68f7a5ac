using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Host;

namespace Fazhi.Tests.Kernel;

/// <summary>The cookie-signing keys in the database are encrypted with a configured certificate; without one the
/// start says so loudly.</summary>
public class KeyProtectionTests
{
    const string Password = "证书密码-2026";

    static string CertificateFile(bool withPrivateKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=fazhi-keys", rsa, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"fazhi-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, withPrivateKey
            ? certificate.Export(X509ContentType.Pkcs12, Password)
            : X509CertificateLoader.LoadCertificate(certificate.RawData).Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    static Task<List<string>> StoredKeysAsync(TestApp app) =>
        app.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

    [Theory, BothStores]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_sign_ins_still_work(string provider)
    {
        var file = CertificateFile();
        await using var app = new TestApp(provider)
        {
            Settings = { ["DataProtection:CertificateFile"] = file, ["DataProtection:CertificatePassword"] = Password },
        };
        await app.WithDemoAsync();
        var session = await app.LoginAsync("sfj");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/reconsideration")).StatusCode);

        var keys = await StoredKeysAsync(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);
        });
        File.Delete(file);
    }

    [Theory, BothStores]
    public async Task Without_a_certificate_the_keys_are_in_the_clear_and_the_start_warns(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        await app.LoginAsync("sfj");
        Assert.All(await StoredKeysAsync(app), xml => Assert.Contains("<value>", xml));

        var none = new ConfigurationBuilder().Build();
        var key = new AuditKey(new byte[32], "test");
        Assert.Contains(KeyProtection.NoCertificateWarning, KeyProtection.StartWarnings(none, key));
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection([new("DataProtection:CertificateFile", "/etc/fazhi/keys.pfx")]).Build();
        Assert.Empty(KeyProtection.StartWarnings(configured, key));
    }

    [Fact]
    public void A_new_audit_key_is_announced_with_where_it_is_so_that_it_gets_a_backup()
    {
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection([new("DataProtection:CertificateFile", "/etc/fazhi/keys.pfx")]).Build();
        var warning = Assert.Single(KeyProtection.StartWarnings(configured,
            new AuditKey(new byte[32], "/srv/fazhi/audit.key", created: true)));
        Assert.Contains("/srv/fazhi/audit.key", warning);
        Assert.Contains("请备份", warning);
    }

    [Theory, BothStores]
    public async Task A_bad_certificate_stops_the_start_with_the_reason(string provider)
    {
        (string Fault, string Reason)[] faults =
        [
            ("missing", "无法读取 DataProtection:CertificateFile"),
            ("wrong-password", "无法读取 DataProtection:CertificateFile"),
            ("no-private-key", "不含私钥"),
        ];
        foreach (var (fault, reason) in faults)
        {
            var file = fault == "missing" ? "/nonexistent/keys.pfx" : CertificateFile(fault != "no-private-key");
            await using var app = new TestApp(provider)
            {
                Settings =
                {
                    ["DataProtection:CertificateFile"] = file,
                    ["DataProtection:CertificatePassword"] = fault == "wrong-password" ? "错" : Password,
                },
            };
            var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
            Assert.Contains(reason, error.Message);
            if (fault != "missing") File.Delete(file);
        }
    }
}
