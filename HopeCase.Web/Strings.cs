using System.Resources;

[assembly: NeutralResourcesLanguage("ar")]

namespace HopeCase.Web;

/// <summary>
/// Marker for the shared resources: Resources/Strings.resx holds Arabic (the neutral language), Strings.en.resx English.
/// </summary>
public sealed class Strings;
