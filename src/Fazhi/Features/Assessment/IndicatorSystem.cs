using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Assessment;

/// <summary>How a leaf indicator is scored: by a reviewer on the unit's evidence, from a figure against a target
/// (负责人出庭应诉率 100% → full points), or by deducting points for each counted event (each lost lawsuit −N).</summary>
public enum ScoringMethod { Review = 1, Figure = 2, Deduction = 3 }

/// <summary>An assessor's indicator system (考核指标体系) for one year and one kind of assessed unit — the national
/// 示范指标体系, 广东 8/40/108, a county's sheet for its departments. A year's version may start as a copy of an
/// earlier one; once an assessment runs on it, it is fixed (the scores refer to it).</summary>
public class IndicatorSystem : IAudited
{
    public int Id { get; set; }
    /// <summary>The assessing unit (its 依法治县办's unit, usually the 司法局).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Who is assessed on it: 县直部门, 乡镇（街道）, 县级政府…</summary>
    public string Audience { get; set; } = "";
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
}

/// <summary>One node of the tree, at any depth. Only a leaf carries points and a scoring method; a branch is worth
/// the sum of its children. Codes (1, 1.2, 1.2.3) follow from the positions.</summary>
public class Indicator : IAudited
{
    public int Id { get; set; }
    public int SystemId { get; set; }
    /// <summary>The system's assessing unit, so a row cannot claim another system.</summary>
    public int UnitId { get; set; }
    public int? ParentId { get; set; }
    public Indicator? Parent { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public decimal? Points { get; set; }
    public ScoringMethod? Method { get; set; }
    /// <summary>The figure a Figure or Deduction leaf reads (litigation.appearance_rate, litigation.cases_lost).
    /// </summary>
    public string? FigureKey { get; set; }
    /// <summary>Figure: the value that earns full points (100 for a rate of 100%).</summary>
    public decimal? Target { get; set; }
    /// <summary>Deduction: the points taken for each counted event.</summary>
    public decimal? PerEvent { get; set; }
    /// <summary>评分标准 as the sheet states it.</summary>
    public string? Standard { get; set; }
    public int Version { get; set; }
}
