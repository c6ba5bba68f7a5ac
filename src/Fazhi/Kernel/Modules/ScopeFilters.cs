using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Fazhi.Kernel.Figures;

namespace Fazhi.Kernel.Modules;

/// <summary>Builds each unit-owned record type's data-scope filter from what its feature declares: the unit columns
/// that own it (a reconsideration case is owned by its 复议机关 and its 被申请人) and, for 仅本人, who
/// created it.
/// The templates are lambdas over the DbContext, so EF parameterises the scope per query.</summary>
public sealed class ScopeFilters(
    Expression<Func<bool>> all,
    Expression<Func<int, bool>> unitInScope,
    Expression<Func<string?, bool>> createdByCaller)
{
    readonly List<OwnedRecord> _owned = [];

    /// <summary>Every record type declared so far with its owning unit columns: what the permission matrix test
    /// checks every endpoint against.</summary>
    public IReadOnlyList<OwnedRecord> Owned => _owned;

    /// <summary>Records of T are visible when any owning unit is in scope, or the scope is 全部, or (with createdBy)
    /// the caller made them. An owner column may be optional (a co-defendant); an empty one owns nothing.</summary>
    public void OwnedBy<T>(ModelBuilder model, IReadOnlyList<Expression<Func<T, int?>>> units,
        Expression<Func<T, string?>>? createdBy = null) where T : class
    {
        _owned.Add(new OwnedRecord(typeof(T), [.. units.Select(MemberName)],
            createdBy is null ? null : MemberName(createdBy)));
        StampedUnits.Register(typeof(T), _owned[^1].UnitProperties);
        var record = Expression.Parameter(typeof(T), "record");
        var body = all.Body;
        foreach (var unit in units)
        {
            var owner = Apply(Member(unit), record);
            if (owner.Type != typeof(int)) owner = Expression.Convert(owner, typeof(int));
            body = Expression.OrElse(body, Apply(unitInScope, owner));
        }
        if (createdBy is not null) body = Expression.OrElse(body, Apply(createdByCaller, Apply(createdBy, record)));
        model.Entity<T>().HasQueryFilter(Expression.Lambda<Func<T, bool>>(body, record));
    }

    /// <summary>The column itself: a required int column comes wrapped in a conversion to int?.</summary>
    static LambdaExpression Member(LambdaExpression selector) =>
        selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } c
            ? Expression.Lambda(c.Operand, selector.Parameters) : selector;

    static string MemberName(LambdaExpression selector) =>
        (Member(selector).Body as MemberExpression)?.Member.Name
        ?? throw new ArgumentException($"所有者应写作属性选择（x => x.UnitId），" +
            $"而不是“{selector}”");

    static Expression Apply(LambdaExpression lambda, Expression argument) =>
        ReplacingExpressionVisitor.Replace(lambda.Parameters[0], argument, lambda.Body);
}

/// <summary>A record type and the properties naming the units that own it (and who created it, for 仅本人
/// ).</summary>
public sealed record OwnedRecord(Type Type, IReadOnlyList<string> UnitProperties, string? CreatedByProperty);
