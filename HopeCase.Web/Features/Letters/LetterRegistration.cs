using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Web.Features.Letters;

internal static class LetterRegistration
{
    public static void AddHopeLetters(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<LetterOptions>().Bind(config.GetSection(LetterOptions.Section))
            .Validate(o => LetterNumbering.IsValidFormat(o.NumberFormat), "Letters:NumberFormat must contain {year} and {seq}").ValidateOnStart();
        services.AddSingleton<PdfEngine>();
        services.AddSingleton(sp => new LetterRegister(sp.GetRequiredService<IDbContextFactory<HopeDb>>(), sp.GetRequiredService<IOptions<LetterOptions>>().Value.NumberFormat));
        services.AddSingleton<LetterTemplates>();
        services.AddSingleton<LogoStore>();
        services.AddSingleton<LetterRenderer>();
        services.AddSingleton<LetterService>();
        services.AddTransient<IssueLetterJob>();
        services.AddSingleton<LetterJobMonitor>();
        services.AddSingleton<ILetterQueue, HangfireLetterQueue>();
        services.AddSingleton<RequestLetterLookup>();
    }
}
