using Fazhi.Features.Enforcement.Inspections;

namespace Fazhi.Tests.Enforcement;

/// <summary>双随机 as a pure function: the same seed and pools give the same draw on any runtime, each grade gives
/// its ratio of objects rounded up, each object gets distinct officers none of whom is recused from it, and a draw
/// that cannot staff an object is refused.</summary>
public class InspectionDrawTests
{
    static readonly DateOnly Today = new(2026, 11, 26);

    internal static InspectionPlan Plan(decimal a = 3, decimal b = 5, decimal c = 10, decimal d = 20,
        int per = 2) => new()
    {
        Name = "2026年食品安全双随机抽查", PowerId = 7, RatioA = a, RatioB = b, RatioC = c, RatioD = d,
        InspectorsPerObject = per, StartOn = Today, EndOn = Today.AddDays(60),
    };

    /// <summary>Objects numbered from 1, so many of each grade in turn; officers numbered from 1001.</summary>
    static DrawPool Pool(int a, int b, int c, int d, int officers, params (int OfficerId, int ObjectId)[] recusals)
    {
        var grades = Enumerable.Repeat(RiskGrade.A, a).Concat(Enumerable.Repeat(RiskGrade.B, b))
            .Concat(Enumerable.Repeat(RiskGrade.C, c)).Concat(Enumerable.Repeat(RiskGrade.D, d)).ToArray();
        return new DrawPool(Enumerable.Range(1, grades.Length).ToArray(), grades,
            Enumerable.Range(1001, officers).ToArray(), recusals);
    }

    static readonly DrawPool County = Pool(401, 299, 201, 7, 12);

    [Fact]
    public void The_generator_is_splitmix64_so_a_change_of_algorithm_fails_here()
    {
        var rng = new SplitMix64(0);
        Assert.Equal([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL],
            new[] { rng.Next(), rng.Next(), rng.Next() });
        var bounded = new SplitMix64(42);
        Assert.All(Enumerable.Range(0, 1000).Select(_ => bounded.Below(7)), x => Assert.InRange(x, 0, 6));
    }

    /// <summary>The draw as first written (a separate re-implementation in Python gave the same): a change to the
    /// order of grades, the shuffle or the dealing of officers breaks every stored draw's re-run.</summary>
    [Fact]
    public void A_pinned_draw_stays_what_it_was()
    {
        string Drawn(params (int, int)[] recusals) => string.Join(";",
            InspectionDraw.Draw(Pool(10, 10, 5, 5, 5, recusals), Plan(20, 20, 40, 40), 20261126)
                .Select(t => $"{t.ObjectId}:{string.Join(",", t.OfficerIds)}"));
        Assert.Equal("8:1004,1001;9:1003,1002;13:1005,1001;16:1002,1004;21:1005,1003;23:1002,1003;" +
            "27:1004,1005;28:1001,1003", Drawn());
        // Recused officers wait for the next object.
        Assert.Equal("8:1001,1003;9:1004,1002;13:1005,1002;16:1001,1004;21:1005,1003;23:1002,1003;" +
            "27:1004,1005;28:1001,1003", Drawn((1004, 8), (1003, 9), (1001, 13)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_draw_and_another_seed_another()
    {
        var first = InspectionDraw.Draw(County, Plan(), 7);
        var again = InspectionDraw.Draw(DrawPool.Decode(County.Encode()), Plan(), 7);
        Assert.True(InspectionDraw.Same(first, again));
        Assert.Equal(first.Select(t => t.ObjectId), again.Select(t => t.ObjectId));
        var other = InspectionDraw.Draw(County, Plan(), 8);
        Assert.False(InspectionDraw.Same(first, other));
        Assert.NotEqual(first.Select(t => t.ObjectId).Order(), other.Select(t => t.ObjectId).Order());
    }

    [Fact]
    public void Each_grade_gives_its_ratio_of_objects_rounded_up()
    {
        var drawn = InspectionDraw.Draw(County, Plan(), 1);
        var byGrade = drawn.GroupBy(t => t.Grade).ToDictionary(g => g.Key, g => g.Count());
        // 401 × 3% = 12.03, 299 × 5% = 14.95, 201 × 10% = 20.1, 7 × 20% = 1.4
        Assert.Equal(new Dictionary<RiskGrade, int>
        {
            [RiskGrade.A] = 13, [RiskGrade.B] = 15, [RiskGrade.C] = 21, [RiskGrade.D] = 2,
        }, byGrade);
        Assert.Equal(drawn.Count, drawn.Select(t => t.ObjectId).Distinct().Count());
        Assert.All(drawn.Where(t => t.Grade == RiskGrade.D), t => Assert.InRange(t.ObjectId, 902, 908));
        var onlyD = InspectionDraw.Draw(County, Plan(a: 0, b: 0, c: 0, d: 100), 1);
        Assert.Equal(Enumerable.Range(902, 7), onlyD.Select(t => t.ObjectId).Order());
    }

    [Fact]
    public void Each_object_gets_distinct_officers_of_the_pool_and_loads_differ_by_at_most_one()
    {
        var drawn = InspectionDraw.Draw(County, Plan(per: 3), 5);
        Assert.All(drawn, t =>
        {
            Assert.Equal(3, t.OfficerIds.Distinct().Count());
            Assert.All(t.OfficerIds, o => Assert.Contains(o, County.OfficerIds));
        });
        var loads = drawn.SelectMany(t => t.OfficerIds).GroupBy(o => o).Select(g => g.Count()).ToList();
        Assert.Equal(County.OfficerIds.Length, loads.Count);
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
    }

    [Fact]
    public void A_recused_officer_is_never_sent_to_that_object()
    {
        // Every D object drawn (100%); officers 1001–1003 recused from all of them, 1004 from one.
        var recusals = Enumerable.Range(902, 7).SelectMany(o => new[] { (1001, o), (1002, o), (1003, o) })
            .Append((1004, 905)).ToArray();
        var pool = Pool(401, 299, 201, 7, 6, recusals);
        foreach (var seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            var drawn = InspectionDraw.Draw(pool, Plan(d: 100), seed);
            Assert.All(drawn, t => Assert.DoesNotContain(t.OfficerIds,
                o => pool.Recusals.Contains((o, t.ObjectId))));
            Assert.All(drawn.Where(t => t.Grade == RiskGrade.D), t => Assert.Equal(2, t.OfficerIds.Length));
        }
    }

    [Fact]
    public void A_draw_that_cannot_staff_an_object_is_refused_naming_it()
    {
        var alone = Assert.Throws<InspectorShortage>(() => InspectionDraw.Draw(Pool(5, 0, 0, 0, 1), Plan(a: 100), 1));
        Assert.Equal((1, 2), (alone.Available, alone.Needed));
        // Three officers, two recused from object 9 (the only D): it cannot have two.
        var pool = Pool(5, 0, 0, 1, 3, (1001, 6), (1002, 6));
        var e = Assert.Throws<InspectorShortage>(() => InspectionDraw.Draw(pool, Plan(d: 100), 1));
        Assert.Equal(6, e.ObjectId);
        Assert.Contains("编号6", e.Message);
    }

    [Fact]
    public void The_stored_pool_reads_back_as_written_and_a_damaged_one_is_refused()
    {
        var pool = Pool(3, 2, 1, 1, 4, (1002, 7));
        var bytes = pool.Encode();
        var back = DrawPool.Decode(bytes);
        Assert.Equal(pool.ObjectIds, back.ObjectIds);
        Assert.Equal(pool.Grades, back.Grades);
        Assert.Equal(pool.OfficerIds, back.OfficerIds);
        Assert.Equal(pool.Recusals, back.Recusals);
        Assert.Equal(DrawPool.Sha256(bytes), DrawPool.Sha256(back.Encode()));
        Assert.Throws<InvalidDataException>(() => DrawPool.Decode(bytes[..^1]));
        Assert.Throws<InvalidDataException>(() => DrawPool.Decode([1, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]));
        Assert.Throws<InvalidDataException>(() => DrawPool.Decode([9]));
        // Order does not matter: the pool is kept sorted, so the bytes depend on the content alone.
        var shuffled = new DrawPool(pool.ObjectIds.Reverse().ToArray(), pool.Grades.Reverse().ToArray(),
            pool.OfficerIds.Reverse().ToArray(), pool.Recusals);
        Assert.Equal(bytes, shuffled.Encode());
    }
}
