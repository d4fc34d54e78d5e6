using HopeCase.Core.Saudi;

namespace HopeCase.Core.Dashboard;

/// <summary>A period of local (Saudi) days, both ends included.</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => SaudiTime.StartOfDay(From);
    public DateTimeOffset End => SaudiTime.StartOfDay(To.AddDays(1));

    /// <summary>Gregorian ISO dates whatever the page's culture (an Arabic page formats with the Hijri calendar).</summary>
    public string FromIso => From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string ToIso => To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"{FromIso}..{ToIso}";
}
