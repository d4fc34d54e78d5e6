using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Support;

/// <summary>
/// Every endpoint the app routes (the @page components and the minimal APIs, read from the app's own
/// <see cref="EndpointDataSource"/>) that demands a signed-in user, with the roles it demands.
/// </summary>
public static class StaffEndpoints
{
    public static readonly IReadOnlyDictionary<string, string> DemoUsers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Roles.Admin] = "admin@hope.demo",
        [Roles.Manager] = "manager@hope.demo",
        [Roles.RelationsOfficer] = "relations@hope.demo",
        [Roles.ResearchOfficer] = "research@hope.demo",
        [Roles.CommitteeMember] = "committee@hope.demo",
        [Roles.ServiceProvider] = "provider@hope.demo",
    };

    public static async Task<IReadOnlyList<StaffEndpoint>> ListAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var found = new List<StaffEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var meta = endpoint.Metadata;
            var authorize = meta.GetOrderedMetadata<IAuthorizeData>();
            var policyObjects = meta.GetOrderedMetadata<AuthorizationPolicy>();
            if (meta.GetMetadata<IAllowAnonymous>() is not null || (authorize.Count == 0 && policyObjects.Count == 0))
            {
                continue;
            }
            var roles = new HashSet<string>(StringComparer.Ordinal);
            var all = new List<AuthorizationPolicy>(policyObjects);
            foreach (var a in authorize)
            {
                roles.UnionWith((a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (a.Policy is { } name && await policies.GetPolicyAsync(name) is { } named)
                {
                    all.Add(named);
                }
            }
            roles.UnionWith(all.SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>()).SelectMany(r => r.AllowedRoles));
            var methods = meta.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            found.AddRange(methods.Select(m => new StaffEndpoint(route, m, roles)));
        }
        return found.DistinctBy(e => e.ToString()).OrderBy(e => e.Route, StringComparer.Ordinal).ToList();
    }

    /// <summary>The route with every parameter filled: <paramref name="ids"/> by the parameter's first path segment, or the seeded defaults.</summary>
    public static string Fill(string route, Func<string, string, string> value)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(value);
        var segments = route.Split('/');
        var feature = segments.Length > 1 ? segments[1] : "";
        var filled = System.Text.RegularExpressions.Regex.Replace(route, @"\{\*{0,2}([A-Za-z]+)[^}]*\}", m => value(feature, m.Groups[1].Value));
        return filled.Length > 1 ? filled.TrimEnd('/') : filled;
    }

    /// <summary>Real seeded ids: the first of each kind a route names.</summary>
    public static async Task<Func<string, string, string>> SeededIdsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<HopeDb>>().CreateDbContextAsync();
        var request = await db.Requests.MinAsync(r => (int?)r.Id) ?? 1;
        var beneficiary = await db.Beneficiaries.MinAsync(b => (int?)b.Id) ?? 1;
        var session = await db.CommitteeSessions.MinAsync(s => (int?)s.Id) ?? 1;
        var feedback = await db.FeedbackItems.MinAsync(f => (int?)f.Id) ?? 1;
        var letter = await db.Letters.MinAsync(l => (int?)l.Id) ?? 1;
        var user = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
        return (feature, parameter) => parameter switch
        {
            "path" => "",
            "format" => "csv",
            _ => feature switch
            {
                "beneficiaries" => Text(beneficiary),
                "requests" or "research" or "services" => Text(request),
                "committee" => Text(session),
                "feedback" => Text(feedback),
                "letters" => Text(letter),
                "admin" => user,
                _ => "1",
            },
        };
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
