using System.Diagnostics;
using System.Text;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.ReportReview;

/// <summary>Damaged copies of real inputs — bytes flipped, cut short, spliced — end in a review or a clear refusal,
/// never another exception, and none hangs. The mutations come from a fixed seed, so a failure can be
/// replayed.</summary>
public class FuzzTests
{
    static readonly string Root = Path.Combine(AppContext.BaseDirectory, "ReportReview");

    public static TheoryData<string> Inputs() =>
    [
        Path.Combine("Fixtures", "county-2023-report.pdf"),
        Path.Combine("Fixtures", "county-2023-report.html"),
        Path.Combine("Unseen", "b", "shanghai-2014-reconsideration-litigation.txt"),
        Path.Combine("Unseen", "c", "qingyuan-2024-enforcement-statistics.txt"),
    ];

    [Theory, MemberData(nameof(Inputs))]
    public void Damaged_copies_are_reviewed_or_refused_clearly(string input)
    {
        var original = File.ReadAllBytes(Path.Combine(Root, input));
        var random = new Random(input.Length);
        for (var round = 0; round < 60; round++)
        {
            var bytes = Mutate(original, random);
            var clock = Stopwatch.StartNew();
            try { Review.OfFile(Path.GetFileName(input), bytes); }
            catch (UnreadableReportException e) { Assert.False(string.IsNullOrWhiteSpace(e.Message)); }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"round {round}: {clock.Elapsed}");
        }
    }

    static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var i = 0; i < 1 + random.Next(20); i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 1: return bytes[..random.Next(bytes.Length)];
            case 2:
                var at = random.Next(bytes.Length);
                return [.. bytes[..at], .. Encoding.UTF8.GetBytes("\t|\n<td colspan=9>0</td>\n合计\t"), .. bytes[at..]];
            default:
                var from = random.Next(bytes.Length);
                var length = random.Next(Math.Min(4096, bytes.Length - from));
                return [.. bytes, .. bytes.AsSpan(from, length)];
        }
    }
}
