namespace HopeCase.Core.DataExchange;

/// <summary>The dry run of a whole sheet; nothing has been written.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportRow> Rows)
{
    public int ToCreate => Rows.Count(r => r.Outcome != ImportOutcome.Refuse);

    public int Refused => Rows.Count(r => r.Outcome == ImportOutcome.Refuse);
}
