namespace HopeCase.Web.Features.Requests;

/// <summary>A problem with one field: the field's id on the page and the error code that names the words shown.</summary>
public sealed record FieldError(string Field, string Code)
{
    public string ResourceKey => "Requests.ApplyError_" + Code.Replace('.', '_');
}
