using System.Security.Cryptography;
using System.Text;
using Fazhi.Kernel;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose sequence is fixed by its definition,
/// so a draw re-run years later on another runtime gives the same answer — System.Random promises no such
/// thing.</summary>
public sealed class SplitMix64(ulong seed)
{
    ulong _state = seed;

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, bound) without modulo bias (Lemire's multiply-and-reject).</summary>
    public int Below(int bound)
    {
        var s = (ulong)bound;
        var hi = Math.BigMul(Next(), s, out var lo);
        if (lo < s)
        {
            var threshold = unchecked(0UL - s) % s;
            while (lo < threshold) hi = Math.BigMul(Next(), s, out lo);
        }
        return (int)hi;
    }

    /// <summary>Fisher–Yates over the first count places: they end up a uniform choice, in random
    /// order.</summary>
    public void Shuffle(int[] items, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var j = i + Below(items.Length - i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

/// <summary>An object drawn, with the officers sent to it.</summary>
public sealed record DrawnTask(int ObjectId, RiskGrade Grade, int[] OfficerIds);

/// <summary>Too few officers may go to a drawn object: the draw is refused, naming it.</summary>
public sealed class InspectorShortage(int objectId, int available, int needed) : DomainException(
    "InspectorsPerObject", $"检查对象（编号{objectId}）可选派的执法人员只有{available}名，" +
        $"每个对象需要{needed}名")
{
    public int ObjectId => objectId;
    public int Available => available;
    public int Needed => needed;
}

/// <summary>双随机: objects drawn per risk grade, officers assigned at random with their load balanced — a pure
/// function of the pools, the plan and the seed, so the draw can be re-run and compared.</summary>
public static class InspectionDraw
{
    public static readonly RiskGrade[] Grades = [RiskGrade.A, RiskGrade.B, RiskGrade.C, RiskGrade.D];

    public static ulong NewSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));

    /// <summary>Objects a grade's ratio asks for, rounded up: a ratio above zero draws at least one.</summary>
    public static int Quota(int count, decimal ratio) => (int)Math.Ceiling(count * ratio / 100m);

    public static IReadOnlyList<DrawnTask> Draw(DrawPool pool, InspectionPlan plan, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var drawn = new List<int>(); // indexes into the pool's objects
        var members = MembersByGrade(pool);
        foreach (var grade in Grades)
        {
            var of = members[(int)grade - 1];
            var take = Quota(of.Length, plan.Ratio(grade));
            rng.Shuffle(of, take);
            drawn.AddRange(of.Take(take));
        }
        return Assign(pool, drawn, plan.InspectorsPerObject, rng);
    }

    /// <summary>Per grade, the indexes of its objects in id order.</summary>
    static int[][] MembersByGrade(DrawPool pool)
    {
        var counts = new int[Grades.Length];
        foreach (var g in pool.Grades) counts[(int)g - 1]++;
        var members = counts.Select(n => new int[n]).ToArray();
        var filled = new int[Grades.Length];
        for (var i = 0; i < pool.Grades.Length; i++)
        {
            var g = (int)pool.Grades[i] - 1;
            members[g][filled[g]++] = i;
        }
        return members;
    }

    /// <summary>The officers, shuffled, are dealt round the drawn objects; one recused from an object (or already on
    /// it) waits for the next object, and an exhausted deck is reshuffled, so loads differ by little.</summary>
    static List<DrawnTask> Assign(DrawPool pool, List<int> drawn, int perObject, SplitMix64 rng)
    {
        var deck = (int[])pool.OfficerIds.Clone();
        rng.Shuffle(deck, deck.Length);
        var next = 0;
        var waiting = new List<int>();
        var isWaiting = new HashSet<int>();
        var recused = pool.Recusals.Where(r => Array.BinarySearch(pool.OfficerIds, r.OfficerId) >= 0)
            .GroupBy(r => r.ObjectId).ToDictionary(g => g.Key, g => g.Select(r => r.OfficerId).ToHashSet());
        var tasks = new List<DrawnTask>(drawn.Count);
        foreach (var index in drawn)
        {
            var objectId = pool.ObjectIds[index];
            var barred = recused.GetValueOrDefault(objectId);
            var available = deck.Length - (barred?.Count ?? 0);
            if (available < perObject) throw new InspectorShortage(objectId, available, perObject);
            var team = new int[perObject];
            var got = 0;
            bool Fits(int officer) => barred?.Contains(officer) != true && Array.IndexOf(team, officer, 0, got) < 0;
            for (var i = 0; i < waiting.Count && got < perObject;)
                if (Fits(waiting[i]))
                {
                    team[got++] = waiting[i];
                    isWaiting.Remove(waiting[i]);
                    waiting.RemoveAt(i);
                }
                else i++;
            // Ends within two passes of the deck: every officer comes up, and enough of them fit.
            while (got < perObject)
            {
                if (next == deck.Length)
                {
                    rng.Shuffle(deck, deck.Length);
                    next = 0;
                }
                var officer = deck[next++];
                if (Fits(officer)) team[got++] = officer;
                else if (isWaiting.Add(officer)) waiting.Add(officer);
            }
            tasks.Add(new DrawnTask(objectId, pool.Grades[index], team));
        }
        return tasks;
    }

    /// <summary>SHA-256 of a draw's result, hex, whatever order its tasks are stored in: each object id, its grade and
    /// its officers' ids in ascending order, one line per task in object order.</summary>
    public static string Sha256(IEnumerable<DrawnTask> tasks)
    {
        var text = new StringBuilder();
        foreach (var t in tasks.OrderBy(t => t.ObjectId))
            text.Append(t.ObjectId).Append(' ').Append(t.Grade).Append(' ')
                .AppendJoin(',', t.OfficerIds.Order()).Append('\n');
        return DrawPool.Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Whether two draws chose the same objects and sent the same officers to each, in whatever order they
    /// were stored.</summary>
    public static bool Same(IReadOnlyList<DrawnTask> a, IReadOnlyList<DrawnTask> b)
    {
        if (a.Count != b.Count) return false;
        var (x, y) = (a.OrderBy(t => t.ObjectId).ToArray(), b.OrderBy(t => t.ObjectId).ToArray());
        return x.Zip(y).All(p => p.First.ObjectId == p.Second.ObjectId
                                 && p.First.OfficerIds.Order().SequenceEqual(p.Second.OfficerIds.Order()));
    }
}
