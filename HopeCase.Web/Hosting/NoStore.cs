namespace HopeCase.Web.Hosting;

/// <summary>
/// Downloads that carry personal data (letters, labels, exports, a person's file, the dashboard) are answered with
/// <c>Cache-Control: no-store</c>, so neither the browser nor a proxy keeps a copy (ASVS 14.3.2).
/// </summary>
internal static class NoStore
{
    public static TBuilder NoStoreResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
    }
}
