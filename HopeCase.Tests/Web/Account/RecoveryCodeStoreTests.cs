using HopeCase.Core.Data;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Account;

/// <summary>The recovery codes reach the database only as salted hashes, and each redeems once.</summary>
public sealed class RecoveryCodeStoreTests
{
    [Fact]
    public async Task New_codes_are_stored_hashed_and_each_redeems_once()
    {
        using var factory = new HopeAppFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync("manager@hope.demo"))!;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        Assert.Equal(10, codes.Distinct().Count());

        var row = await RowAsync(factory, user.Id);
        Assert.StartsWith("pbkdf2$", row, StringComparison.Ordinal);
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, row, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), row, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(10, await users.CountRecoveryCodesAsync(user));

        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, "AAAAA-BBBBB")).Succeeded);
        Assert.Equal(9, await users.CountRecoveryCodesAsync(user));
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[9])).Succeeded);
        Assert.Equal(8, await users.CountRecoveryCodesAsync(user));

        // A new set replaces the old one, salt and all: the old codes no longer redeem.
        var renewed = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        Assert.NotEqual(row.Split(';')[0], (await RowAsync(factory, user.Id)).Split(';')[0]);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, renewed[0])).Succeeded);
    }

    [Fact]
    public async Task A_set_stored_in_plain_text_by_an_older_version_still_redeems_and_is_rewritten_hashed()
    {
        using var factory = new HopeAppFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync("manager@hope.demo"))!;
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", "K7QXB-M2RTD;P9WHC-Y4NVF;B3DGJ-T8KMQ");
        Assert.Equal(3, await users.CountRecoveryCodesAsync(user));

        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, "P9WHC-Y4NVF")).Succeeded);
        var row = await RowAsync(factory, user.Id);
        Assert.StartsWith("pbkdf2$", row, StringComparison.Ordinal);
        Assert.DoesNotContain("K7QXB", row, StringComparison.Ordinal);
        Assert.DoesNotContain("B3DGJ", row, StringComparison.Ordinal);
        Assert.Equal(2, await users.CountRecoveryCodesAsync(user));
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, "P9WHC-Y4NVF")).Succeeded);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, "B3DGJ-T8KMQ")).Succeeded);
        Assert.Equal(1, await users.CountRecoveryCodesAsync(user));
    }

    // The stored row read afresh from the database, not through Identity.
    private static async Task<string> RowAsync(HopeAppFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HopeDb>();
        var token = await db.UserTokens.AsNoTracking().SingleAsync(t => t.UserId == userId && t.Name == "RecoveryCodes");
        return token.Value ?? "";
    }
}
