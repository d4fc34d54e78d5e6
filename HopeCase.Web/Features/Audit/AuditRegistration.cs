using HopeCase.Core.Audit;

namespace HopeCase.Web.Features.Audit;

/// <summary>The audit log every feature writes to.</summary>
internal static class AuditRegistration
{
    public static void AddAudit(this IServiceCollection services) => services.AddSingleton<AuditLog>();
}
