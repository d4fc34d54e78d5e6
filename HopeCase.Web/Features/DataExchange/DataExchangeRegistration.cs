using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Requests;
using HopeCase.Web.Account;
using HopeCase.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Web.Features.DataExchange;

/// <summary>Bringing records in (the beneficiaries' import and its job) and taking them out (list exports, a person's whole file).</summary>
internal static class DataExchangeRegistration
{
    public static void AddDataExchange(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ImportLimits>().Bind(config.GetSection("Import"))
            .Validate(o => o.MaxBytes > 0 && o.MaxRows > 0 && o.MaxUncompressedBytes > 0 && o.MaxCompressionRatio > 1, "Import:* limits must be positive")
            .ValidateOnStart();
        services.AddSingleton<ImportPlanner>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<RequestListRows>();
        services.AddSingleton<ListExport>();
        services.AddSingleton<PersonalFilePdf>();
    }

    public static void MapDataExchangeEndpoints(this WebApplication app)
    {
        app.MapGet("/beneficiaries/import/template", (string? lang) =>
        {
            var arabic = lang is null or "ar";
            return Results.File(ImportTemplate.Build(arabic), ListExport.XlsxType, arabic ? "beneficiaries-template-ar.xlsx" : "beneficiaries-template-en.xlsx");
        }).RequireAuthorization(p => p.RequireRole(ImportService.ImportRoles));

        var export = app.MapGroup("/export").RequireAuthorization(p => p.RequireRole(BeneficiaryService.CaseRoles)).NoStoreResponses();
        export.MapGet("/beneficiaries.{format}", async (string format, string? q, HttpContext http, ListExport lists, IDbContextFactory<HopeDb> dbs) =>
        {
            var actor = await CurrentActor.ResolveAsync(dbs, http.User);
            var file = await lists.BeneficiariesAsync(actor, q ?? "", format, http.RequestAborted);
            return file is null ? Results.BadRequest() : Results.File(file.Value.Bytes, file.Value.Type, file.Value.Name);
        });
        app.MapGet("/export/requests/{status}.{format}", async (string status, string format, bool? critical, HttpContext http, ListExport lists, IDbContextFactory<HopeDb> dbs) =>
        {
            var actor = await CurrentActor.ResolveAsync(dbs, http.User);
            var file = await lists.RequestsAsync(actor, status, critical ?? false, format, http.RequestAborted);
            return file is null ? Results.BadRequest() : Results.File(file.Value.Bytes, file.Value.Type, file.Value.Name);
        }).RequireAuthorization(p => p.RequireRole(RequestIntakeService.ReadRoles)).NoStoreResponses();
        export.MapGet("/beneficiaries/{id:int}/file.pdf", async (int id, HttpContext http, PersonalFilePdf pdfs, IDbContextFactory<HopeDb> dbs) =>
        {
            var actor = await CurrentActor.ResolveAsync(dbs, http.User);
            var pdf = await pdfs.PrintAsync(actor, id, http.RequestAborted);
            return pdf is null ? Results.NotFound() : Results.File(pdf, "application/pdf", $"beneficiary-file-{id}.pdf");
        });
    }
}
