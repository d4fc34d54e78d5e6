using Microsoft.AspNetCore.Components;

namespace HopeCase.Web.Layout;

/// <summary>
/// MudBlazor's button and icon markup, written as plain HTML for the parts of the shell and the search page that every
/// open page keeps (docs/adr/0032): a MudButton is three components in each circuit, this markup none. The classes are
/// the ones MudBlazor 9 renders, so the look is the library's.
/// </summary>
public static class PlainMud
{
    public const string TextButton = "mud-button-root mud-button mud-button-text mud-button-text-default mud-button-text-size-medium mud-ripple";
    public const string InheritTextButton = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple";
    public const string OutlinedButton = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-medium mud-ripple";
    public const string OutlinedPrimaryButton = "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-medium mud-ripple";
    public const string FilledPrimaryButton = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";
    public const string InheritIconButton = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";

    /// <summary>An icon of <see cref="Icons"/> (its SVG paths, the library's constants) as MudIcon draws it.</summary>
    public static MarkupString Icon(string paths) =>
        new($"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{paths}</svg>");

    /// <summary>A text field's start or end icon, as MudTextField's AdornmentIcon draws it.</summary>
    public static MarkupString AdornmentIcon(string paths) =>
        new($"<svg class=\"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-medium mud-input-adornment-icon\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{paths}</svg>");

    /// <summary>A button's start icon, as MudButton's StartIcon draws it.</summary>
    public static MarkupString StartIcon(string paths) =>
        new($"<span class=\"mud-button-icon-start mud-button-icon-size-medium\">{Icon(paths)}</span>");
}
