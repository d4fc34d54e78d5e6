using HopeCase.Core.Arabic;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// The dry run: every row read and checked, duplicates inside the file found, and each row compared with the files
/// that exist through <see cref="BeneficiaryService.CheckDuplicatesAsync"/>, the same matching search uses. Reads only.
/// </summary>
public sealed class ImportPlanner(BeneficiaryService beneficiaries)
{
    public async Task<ImportPlan> PlanAsync(Actor actor, ImportTable table, ColumnMapping map, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(map);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<(string, DateOnly), int>();
        var rows = new List<ImportRow>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var number = i + 2;
            var cells = table.Rows[i];
            var (input, errors) = ImportRowReader.Read(cells, map);
            var name = string.Join(' ', new[] { ImportField.FirstName, ImportField.FatherName, ImportField.GrandfatherName, ImportField.FamilyName }
                .Select(f => map.Cell(cells, f)).Where(p => p is not null));
            var id = map.Cell(cells, ImportField.NationalId) is { } rawId ? ArabicDigits.DigitsOnly(rawId) : "";
            if (input is null)
            {
                rows.Add(new ImportRow(number, ImportOutcome.Refuse, errors, name, id, null));
                continue;
            }
            var key = (ArabicText.Normalize(input.Name.Full), input.BirthDate);
            if (byId.TryGetValue(input.NationalId, out var first) || byName.TryGetValue(key, out first))
            {
                rows.Add(new ImportRow(number, ImportOutcome.Refuse, [$"Duplicate.InFile:{first}"], name, id, null));
                continue;
            }
            byId[input.NationalId] = number;
            byName[key] = number;
            var found = await beneficiaries.CheckDuplicatesAsync(actor, input, null, ct);
            if (found.SameId is { } same)
            {
                rows.Add(new ImportRow(number, ImportOutcome.Refuse, [$"NationalId.Exists:{same.Id}"], name, id, null));
            }
            else if (found.SameNameAndBirth.Count > 0)
            {
                rows.Add(new ImportRow(number, ImportOutcome.Refuse, [$"Duplicate.Existing:{found.SameNameAndBirth[0].Id}"], name, id, null));
            }
            else if (found.SameMobile.Count > 0)
            {
                rows.Add(new ImportRow(number, ImportOutcome.CreateWithNote, [$"Mobile.Shared:{found.SameMobile[0].Id}"], name, id, input));
            }
            else
            {
                rows.Add(new ImportRow(number, ImportOutcome.Create, [], name, id, input));
            }
            if (progress is not null && i % 100 == 0)
            {
                progress.Report(i);
            }
        }
        progress?.Report(table.Rows.Count);
        return new ImportPlan(rows);
    }
}
