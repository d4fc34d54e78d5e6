using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HopeCase.Tests.Support;

/// <summary>bunit with MudBlazor services, loose JS interop and the app's real resources, in Arabic unless told otherwise.</summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    protected ComponentTestBase(string culture = "ar-SA")
    {
        var c = HopeCase.Web.Hosting.Cultures.Create(culture);
        CultureInfo.CurrentCulture = c;
        CultureInfo.CurrentUICulture = c;
        JSInterop.Mode = JSRuntimeMode.Loose;
        // A page's reads and audited writes are real round trips on PostgreSQL, beside the other tests on two cores:
        // WaitFor waits for the state, up to this long, instead of bunit's one second.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        HopeCase.Web.Shared.MudStrings.AddTo(Services);
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(TimeProvider.System);
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Runs once the components and the service container are disposed (asynchronously: some MudBlazor services only dispose that way).</summary>
    protected virtual Task AfterDisposeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await AfterDisposeAsync();
    }
}
