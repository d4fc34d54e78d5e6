using System.Linq.Expressions;
using System.Reflection;

namespace HopeCase.Core.Dashboard;

/// <summary>
/// A month as a grouping key the database computes: <see cref="Of"/> marks an instant in a query, and
/// <see cref="Apply"/> replaces the mark by a CASE over the months' ends (month i holds the instants before end i and
/// not before end i-1), so one GROUP BY counts every month of the period on SQLite and PostgreSQL alike.
/// </summary>
internal static class MonthKey
{
    private static readonly MethodInfo OfMethod = typeof(MonthKey).GetMethod(nameof(Of))!;

    /// <summary>Only inside a query given to <see cref="Apply"/>.</summary>
    public static int Of(DateTimeOffset at) => throw new InvalidOperationException("MonthKey.Of is only a mark inside a query given to MonthKey.Apply.");

    /// <summary>The query with every <see cref="Of"/> replaced by the index of the month whose end the instant is before (the last month otherwise).</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<DateTimeOffset> ends) =>
        ends.Count == 0 ? throw new ArgumentException("At least one month is needed.", nameof(ends))
            : query.Provider.CreateQuery<T>(new Marks(ends).Visit(query.Expression));

    private sealed class Marks(IReadOnlyList<DateTimeOffset> ends) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != OfMethod)
            {
                return base.VisitMethodCall(node);
            }
            var at = Visit(node.Arguments[0]);
            Expression month = Expression.Constant(ends.Count - 1);
            for (var i = ends.Count - 2; i >= 0; i--)
            {
                month = Expression.Condition(Expression.LessThan(at, Expression.Constant(ends[i])), Expression.Constant(i), month);
            }
            return month;
        }
    }
}
