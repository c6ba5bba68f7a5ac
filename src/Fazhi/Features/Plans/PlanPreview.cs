using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Plans;

/// <summary>What an import would create, shown before anything is: the tasks read, and how each unit name met the
/// unit tree of the plan's government (the owner itself, or the government above a department).</summary>
public sealed record PlanPreview(Unit Owner, Unit Government, RecognisedPlan Plan,
    IReadOnlyDictionary<string, UnitMatch> Names)
{
    /// <summary>Names no unit was found for, or that several units could carry: a person resolves them.</summary>
    public IEnumerable<UnitMatch> ToResolve => Names.Values.Where(m => m.Kind is NameMatchKind.Unsure
        or NameMatchKind.Unmatched).OrderBy(m => m.Name, StringComparer.Ordinal);

    /// <summary>The unit's code as the JSON names it: 统一社会信用代码, else 行政区划代码, else its number.</summary>
    public static string CodeOf(Unit unit) => unit.CreditCode ?? unit.DivisionCode ?? unit.Id.ToString();

    /// <summary>The shape `fazhi plan import --format json` prints and the API returns.</summary>
    public object ToJson() => new
    {
        title = Plan.Title,
        documentNumber = Plan.DocumentNumber,
        issued = Plan.Issued,
        issuedFound = Plan.IssuedFound,
        government = new { name = Government.Name, unit = CodeOf(Government) },
        tasks = Plan.Tasks.Select(t => new
        {
            number = t.Number,
            text = t.Text,
            lead = t.Lead.Select(Name),
            participants = t.Participants.Select(Name),
            byDuty = t.ByDuty,
            targets = t.Targets.Select(g => new { text = g.Text, due = g.Due, recurs = Recurs(g.Recurs) }),
        }),
        toResolve = ToResolve.Select(m => new
        {
            name = m.Name,
            candidates = m.Units.Select(u => new { name = u.Name, unit = CodeOf(u) }),
        }),
    };

    object Name(string name)
    {
        var m = Names[name];
        return new
        {
            name,
            unit = m.Kind == NameMatchKind.Matched ? CodeOf(m.Units[0]) : null,
            match = m.Kind.ToString().ToLowerInvariant(),
            units = m.Kind == NameMatchKind.Group ? m.Units.Select(CodeOf) : null,
        };
    }

    static string? Recurs(Recurrence? r) => r switch
    {
        null => null, Recurrence.HalfYearly => "half-yearly", _ => r.ToString()!.ToLowerInvariant(),
    };
}
