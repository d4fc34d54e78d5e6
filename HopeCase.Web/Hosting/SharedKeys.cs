using System.Security.Cryptography.X509Certificates;
using HopeCase.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Hosting;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens) lives in the database, so every web node
/// reads the same keys and they survive restarts. With <c>DataProtection:Certificate</c> (a .pfx file) and
/// <c>DataProtection:CertificatePassword</c> the keys are encrypted with that certificate at rest; every node needs the
/// same certificate. Without it they are stored unencrypted and a warning is logged (Development, or SQLite in one folder).
/// </summary>
internal static class SharedKeys
{
    public const string CertificateSetting = "DataProtection:Certificate";

    public static void AddSharedKeys(this IServiceCollection services, IConfiguration config, IHostEnvironment environment)
    {
        var keys = services.AddDataProtection().SetApplicationName("HopeCase").PersistKeysToDbContext<HopeDb>();
        var path = config[CertificateSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }
        var full = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        var certificate = Load(full, config["DataProtection:CertificatePassword"]);
        keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw Refused($"The file '{path}' named by the setting {CertificateSetting} does not exist.");
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw Refused($"The certificate '{path}' ({CertificateSetting}) has no private key; export it as .pfx with its key.");
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw Refused($"The certificate '{path}' ({CertificateSetting}) cannot be opened: {ex.Message} Check DataProtection:CertificatePassword.");
        }
    }

    private static OptionsValidationException Refused(string message) =>
        new(CertificateSetting, typeof(DataProtectionOptions), [message]);
}
