using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.Audit;

/// <summary>The audit log every feature writes to, and the check of its chain.</summary>
internal static class AuditRegistration
{
    public static void AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>()["Audit:ChainKey"];
            var file = AuditChainKey.FileBeside(sp.GetRequiredService<DataFolder>().HopeDb);
            return new AuditIntegrity(sp.GetRequiredService<IDbContextFactory<HopeDb>>(), sp.GetRequiredService<AuditLog>(), () => AuditChainKey.Resolve(configured, file));
        });
    }
}
