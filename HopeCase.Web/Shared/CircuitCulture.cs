using System.Globalization;

namespace HopeCase.Web.Shared;

/// <summary>
/// The page's own language, captured when the component is created. A live update runs on the thread of whoever
/// published the change (another user's circuit, a job), carrying their culture: without this an English page
/// re-renders in Arabic when an Arabic-speaking colleague changes something.
/// </summary>
public sealed class CircuitCulture
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public void Apply()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
