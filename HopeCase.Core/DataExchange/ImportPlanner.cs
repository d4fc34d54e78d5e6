using HopeCase.Core.Arabic;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// The dry run: every row read and checked, duplicates inside the file found, and each row compared with the files
/// that exist through the batched <see cref="BeneficiaryService.CheckDuplicatesAsync(Actor, IReadOnlyList{BeneficiaryInput}, CancellationToken)"/>
/// (the same Arabic matching search and the one-person check use, a few queries per chunk). Reads only.
/// </summary>
public sealed class ImportPlanner(BeneficiaryService beneficiaries)
{
    /// <summary>How many rows are compared with the existing files at once.</summary>
    public const int Chunk = 1000;

    public async Task<ImportPlan> PlanAsync(Actor actor, ImportTable table, ColumnMapping map, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(map);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<(string, DateOnly), int>();
        var rows = new List<ImportRow>(table.Rows.Count);
        var checks = new List<(int At, BeneficiaryInput Input, string Name, string Id)>();
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
            checks.Add((rows.Count, input, name, id));
            rows.Add(null!);
            if (progress is not null && i % 100 == 0)
            {
                progress.Report(i / 2);
            }
        }
        // The rows that could be created, compared with the files that exist in a few queries per chunk (not one per row).
        for (var start = 0; start < checks.Count; start += Chunk)
        {
            var part = checks.Skip(start).Take(Chunk).ToList();
            var found = await beneficiaries.CheckDuplicatesAsync(actor, part.Select(c => c.Input).ToList(), ct);
            for (var k = 0; k < part.Count; k++)
            {
                var (at, input, name, id) = part[k];
                rows[at] = Outcome(at + 2, input, name, id, found[k]);
            }
            progress?.Report((table.Rows.Count / 2) + ((start + part.Count) * table.Rows.Count / (2 * Math.Max(1, checks.Count))));
        }
        progress?.Report(table.Rows.Count);
        return new ImportPlan(rows);
    }

    private static ImportRow Outcome(int number, BeneficiaryInput input, string name, string id, DuplicateCheck found) =>
        found.SameId is { } same ? new ImportRow(number, ImportOutcome.Refuse, [$"NationalId.Exists:{same.Id}"], name, id, null)
        : found.SameNameAndBirth.Count > 0 ? new ImportRow(number, ImportOutcome.Refuse, [$"Duplicate.Existing:{found.SameNameAndBirth[0].Id}"], name, id, null)
        : found.SameMobile.Count > 0 ? new ImportRow(number, ImportOutcome.CreateWithNote, [$"Mobile.Shared:{found.SameMobile[0].Id}"], name, id, input)
        : new ImportRow(number, ImportOutcome.Create, [], name, id, input);
}
