using System.Globalization;
using System.Text;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace HopeCase.Web.Account;

/// <summary>The authenticator-app side of the second factor: the key, its otpauth link and QR code, the recovery codes.</summary>
public static class Authenticator
{
    public const string Issuer = "HopeCase";

    public const int RecoveryCodeCount = 10;

    // Where Identity's user store keeps the authenticator key.
    private const string StoreProvider = "[AspNetUserStore]";
    private const string KeyName = "AuthenticatorKey";

    /// <summary>
    /// The user's key, made on first use. A key not yet in use is stored without renewing the security stamp, so
    /// the open session is not signed out while the person is scanning it; an explicit reset renews the stamp.
    /// </summary>
    public static async Task<string> KeyAsync(UserManager<StaffUser> users, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await SetKeyAsync(users, user, key);
        }
        return key;
    }

    /// <summary>Stores a given key (the demo staff's known one; see <c>StaffDemo</c>).</summary>
    public static async Task SetKeyAsync(UserManager<StaffUser> users, StaffUser user, string key)
    {
        ArgumentNullException.ThrowIfNull(users);
        var result = await users.SetAuthenticationTokenAsync(user, StoreProvider, KeyName, key);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>The key in groups of four, easier to type into a phone.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return builder.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string account, string key) => string.Format(CultureInfo.InvariantCulture,
        "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6", System.Uri.EscapeDataString(Issuer), System.Uri.EscapeDataString(account), key);

    /// <summary>The otpauth link as a PNG QR code in a data: URL (allowed by the page's CSP as an image).</summary>
    public static string QrDataUrl(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
