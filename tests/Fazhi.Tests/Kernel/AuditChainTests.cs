using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Kernel;

/// <summary>The audit chain is keyed (HMAC with a key outside the database) and anchored: editing a link, re-hashing
/// the rest without the key, dropping the newest links, or rewriting the chain with the key are all found.</summary>
public class AuditChainTests
{
    static readonly AuditKey OtherKey = new(Enumerable.Repeat((byte)7, 32).ToArray(), "another key");

    /// <summary>A schema and five audited changes (units added one by one).</summary>
    static async Task<TestApp> ChainAsync(TestApp app)
    {
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            for (var i = 1; i <= 5; i++)
            {
                db.Units.Add(new Unit { Name = $"测试单位{i}", Kind = UnitKind.Department, Path = "/" });
                await db.SaveChangesAsync();
            }
        });
        return app;
    }

    static Task<string?> VerifyAsync(TestApp app, AuditAnchor? anchor = null) =>
        app.QueryAsync(db => AuditChain.VerifyAsync(db, anchor));

    /// <summary>Changes the third link's record and re-hashes it and every later link under the given key.</summary>
    static Task RewriteFromThirdAsync(TestApp app, Func<FazhiDb, AuditKey> keyOf) =>
        app.QueryAsync(async db =>
        {
            var links = await db.AuditEntries.OrderBy(a => a.Id).ToListAsync();
            links[2].After = links[2].After!.Replace("测试单位3", "测试单位X");
            for (var i = 2; i < links.Count; i++)
            {
                links[i].PreviousHash = links[i - 1].Hash;
                links[i].Hash = links[i].ComputeHash(keyOf(db));
            }
            return await db.SaveChangesAsync();
        });

    [Theory, BothStores]
    public async Task An_intact_chain_verifies_with_and_without_its_anchor(string provider)
    {
        await using var app = await ChainAsync(new TestApp(provider));
        var anchor = await app.QueryAsync(db => AuditChain.AnchorAsync(db));
        Assert.Equal(5, anchor.Count);
        Assert.Null(await VerifyAsync(app));
        Assert.Null(await VerifyAsync(app, AuditAnchor.Parse(anchor.ToString())));
    }

    [Theory, BothStores]
    public async Task A_link_edited_and_the_rest_rehashed_without_the_key_is_found(string provider)
    {
        await using var app = await ChainAsync(new TestApp(provider));
        await RewriteFromThirdAsync(app, _ => OtherKey);
        Assert.Contains("与其哈希不符", await VerifyAsync(app));
    }

    [Theory, BothStores]
    public async Task Dropping_the_newest_links_passes_alone_and_is_found_against_the_anchor(string provider)
    {
        await using var app = await ChainAsync(new TestApp(provider));
        var anchor = await app.QueryAsync(db => AuditChain.AnchorAsync(db));
        var last = await app.QueryAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        await app.QueryAsync(db => db.AuditEntries.Where(a => a.Id >= last - 1).ExecuteDeleteAsync());

        Assert.Null(await VerifyAsync(app)); // a shorter chain is still a chain: only the anchor can tell
        Assert.Equal("审计日志只有3条，少于锚点记录的5条（记录被删除）", await VerifyAsync(app, anchor));
    }

    [Theory, BothStores]
    public async Task A_chain_rewritten_with_the_key_is_found_against_the_anchor(string provider)
    {
        await using var app = await ChainAsync(new TestApp(provider));
        var anchor = await app.QueryAsync(db => AuditChain.AnchorAsync(db));
        await RewriteFromThirdAsync(app, db => db.AuditKey);

        Assert.Null(await VerifyAsync(app));
        Assert.Equal("第5条记录的哈希与锚点不符（锚点之前的记录被改写）", await VerifyAsync(app, anchor));
    }

    [Theory, BothStores]
    public async Task A_chain_does_not_verify_under_another_key(string provider)
    {
        await using var app = await ChainAsync(new TestApp(provider)
        {
            Settings = { ["Audit:Key"] = Convert.ToBase64String(OtherKey.Secret) },
        });
        Assert.Null(await VerifyAsync(app));
        var link = await app.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).FirstAsync());
        Assert.Equal(link.Hash, link.ComputeHash(OtherKey));
        Assert.NotEqual(link.Hash, link.ComputeHash(new AuditKey(new byte[32], "zero key")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("-1:abc")]
    [InlineData("x:abc")]
    [InlineData("5:")]
    public void A_malformed_anchor_is_refused_with_its_expected_form(string text) =>
        Assert.Contains("应为 fazhi audit anchor 打印的“条数:哈希”",
            Assert.Throws<FormatException>(() => AuditAnchor.Parse(text)).Message);

    [Fact]
    public async Task The_key_file_is_made_once_and_shared_by_processes_starting_together()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fazhi-key-{Guid.NewGuid():N}", "audit.key");
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("Audit:KeyFile", path)]).Build();
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            AuditKey.FromConfiguration(config))));
        Assert.Single(keys.Select(k => Convert.ToBase64String(k.Secret)).Distinct());
        Assert.Single(keys, k => k.Created);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.False(AuditKey.FromConfiguration(config).Created);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Theory]
    [InlineData("不是base64", "应为 base64")]
    [InlineData("AAAA", "至少32字节")]
    public void A_bad_configured_key_stops_the_start_with_the_reason(string value, string reason)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("Audit:Key", value)]).Build();
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => AuditKey.FromConfiguration(config)).Message);
    }
}
