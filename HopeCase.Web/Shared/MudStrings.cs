using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HopeCase.Web.Shared;

/// <summary>
/// MudBlazor's own words (the number field's "Increment" / "Decrement" for screen readers, "Close" on chips and
/// alerts, the pager) from the app's string files: key <c>Shell.{MudBlazor key}</c>. A key the files lack is
/// reported as not found, and MudBlazor falls back to its English text.
/// </summary>
public sealed class MudStrings(IStringLocalizer<Strings> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var found = strings["Shell." + key];
            return new LocalizedString(key, found.Value, found.ResourceNotFound);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var found = strings["Shell." + key, arguments];
            return new LocalizedString(key, found.Value, found.ResourceNotFound);
        }
    }

    public static void AddTo(IServiceCollection services) => services.AddTransient<MudLocalizer, MudStrings>();
}
