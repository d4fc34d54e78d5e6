using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HopeCase.Web.Hosting;

/// <summary>
/// The TLS proxy in front of HopeCase: X-Forwarded-For / -Proto are believed only from the addresses in
/// <c>Proxy:KnownProxies</c> and the networks in <c>Proxy:KnownNetworks</c> (CIDR); none by default, not even
/// loopback. HTTPS redirection (set <c>HTTPS_PORT</c> when the app itself sees plain HTTP) and HSTS in Production.
/// </summary>
internal static class Transport
{
    public static void AddTransport(this IServiceCollection services, IConfiguration config)
    {
        var proxies = config.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = config.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
    }

    public static void UseTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
    }
}
