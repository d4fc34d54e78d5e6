using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using HopeCase.Web.Features.Requests;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Public;

/// <summary>The public website channel's protections: posts limited per client address, and bodies capped before they are read.</summary>
public static class PublicChannel
{
    /// <summary>The rate-limiting policy the public pages carry (<c>[EnableRateLimiting(PublicChannel.Policy)]</c>).</summary>
    public const string Policy = "public";

    private static readonly PathString[] Paths = ["/apply", "/track", "/survey", "/feedback/send"];

    /// <summary>
    /// The client a limit counts against: the connection's address (the real client once forwarded headers from the
    /// trusted proxies have been applied), and for IPv6 its /64, which one subscriber holds whole and rotates within.
    /// </summary>
    public static string ClientOf(HttpContext http) => ClientKey(http?.Connection.RemoteIpAddress);

    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static void AddPublicChannel(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PublicOptions>().Bind(config.GetSection(PublicOptions.Section));
        services.AddSingleton<TrackGuard>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the pages is free; only form posts count against the client's window.
            o.AddPolicy(Policy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }
                var limits = http.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PostsPerWindow,
                    Window = TimeSpan.FromMinutes(limits.PostWindowMinutes),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (context, ct) => WritePoliteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Public.TooManyPosts", ct);
        });
    }

    /// <summary>Goes before antiforgery and the form reader, so an over-sized post is refused before any of it is read.</summary>
    public static void UsePublicChannel(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && Paths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                var max = http.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value.MaxPostBytes;
                if (http.Request.ContentLength > max)
                {
                    await WritePoliteAsync(http, StatusCodes.Status413PayloadTooLarge, "Public.TooLarge", http.RequestAborted);
                    return;
                }
                // A body without a length (chunked) is stopped by the server and by the form reader at the same size.
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = max;
                }
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = max }));
            }
            await next(http);
        });
        app.UseRateLimiter();
    }

    private static async ValueTask WritePoliteAsync(HttpContext http, int status, string key, CancellationToken ct)
    {
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(l[key], ct);
    }
}
