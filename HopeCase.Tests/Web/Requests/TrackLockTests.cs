using System.Globalization;
using System.Net;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HopeCase.Tests.Support.PublicApp;

namespace HopeCase.Tests.Web.Requests;

/// <summary>
/// Issue 10 item 6: the public reference is random, and a reference guessed at from many addresses is locked in the
/// database after a few misses, for every client and node; an IPv6 /64 counts as one client.
/// </summary>
public sealed class TrackLockTests(PublicAppFixture fx) : IClassFixture<PublicAppFixture>
{
    private PublicApp App => fx.App;

    private async Task<string> ApplyAsync(string nationalId, string from)
    {
        var type = await App.TypeAsync("crisis");
        var fields = ValidFields(nationalId);
        foreach (var r in type.Requirements.Where(r => r.HasExpiry))
        {
            fields[HopeCase.Web.Features.Requests.ApplyForm.ExpiryField(r.Id)] = "1455/01/01";
        }
        var uploads = type.Requirements.Select(r => new Upload(HopeCase.Web.Features.Requests.ApplyForm.FileField(r.Id), "id.pdf", "application/pdf", Pdf()));
        var response = await PostApplyAsync(App.ClientFrom(from), type.Id, fields, uploads);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Uri.UnescapeDataString(response.Headers.Location!.OriginalString.Split("ref=")[1]);
    }

    [Fact]
    public async Task Twenty_guesses_from_twenty_addresses_lock_the_reference_for_everyone_on_every_node()
    {
        var id = IntakeWorld.NationalId(8101);
        var reference = await ApplyAsync(id, "10.7.0.1");
        Assert.Matches(@"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", reference);
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 20; guess++)
        {
            var client = App.ClientFrom($"10.7.1.{guess + 1}");
            var wrong = (1000 + guess).ToString(CultureInfo.InvariantCulture);
            statuses.Add((await PostTrackAsync(client, reference, wrong == id[^4..] ? "0000" : wrong)).StatusCode);
        }
        // Each address missed once only (far from its own limit of five); the reference's ten misses locked it.
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));

        // While locked even the right pair from a new address is refused, and nothing about the request is shown.
        var owner = await PostTrackAsync(App.ClientFrom("10.7.2.1"), reference, id[^4..]);
        Assert.Equal(HttpStatusCode.TooManyRequests, owner.StatusCode);
        var html = WebUtility.HtmlDecode(await owner.Content.ReadAsStringAsync());
        Assert.Contains("تجاوزت عدد المحاولات المسموح", html, StringComparison.Ordinal);
        Assert.DoesNotContain("وارد من الموقع", html, StringComparison.Ordinal);

        // The lock is a row in the database: another node (its own services over the same file) sees it too.
        var dbs = App.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        Assert.True(await new TrackLocks(dbs, TimeProvider.System).IsLockedAsync(reference));
        await using var db = await dbs.CreateDbContextAsync();
        var row = await db.TrackLocks.SingleAsync(l => l.Reference == PublicReferences.Normalize(reference));
        Assert.True(row.Misses >= 10, $"misses recorded: {row.Misses}");
    }

    [Fact]
    public async Task Addresses_of_one_ipv6_64_share_one_budget_of_misses()
    {
        var id = IntakeWorld.NationalId(8102);
        var reference = await ApplyAsync(id, "10.7.3.1");
        for (var i = 0; i < 5; i++)
        {
            var rotating = App.ClientFrom($"2001:db8:aa:bb:{i + 1:x}::{i + 7:x}");
            Assert.Equal(HttpStatusCode.OK, (await PostTrackAsync(rotating, reference, "000" + i.ToString(CultureInfo.InvariantCulture))).StatusCode);
        }
        var sameSubnet = await PostTrackAsync(App.ClientFrom("2001:db8:aa:bb:ffff::1"), reference, id[^4..]);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameSubnet.StatusCode);
        // Another /64 (and the reference, five misses short of its lock) still gets the answer.
        var other = await PostTrackAsync(App.ClientFrom("2001:db8:aa:cc::1"), reference, id[^4..]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb::ffff", "2001:db8:aa:bb::/64")]
    [InlineData("::ffff:10.1.2.3", "10.1.2.3")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    public void The_client_key_is_the_address_or_its_ipv6_64(string address, string expected) =>
        Assert.Equal(expected, PublicChannel.ClientKey(IPAddress.Parse(address)));
}
