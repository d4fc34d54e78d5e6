namespace HopeCase.Core.Backup;

/// <summary>The checks a backup's header must pass before a restore writes anything; each refusal says why.</summary>
internal static class BackupChecks
{
    public static void Check(BackupHeader header, BackupKey key, string expectedInstallation, IReadOnlySet<string> knownMigrations)
    {
        if (!string.Equals(header.KeyId, key.Id, StringComparison.Ordinal))
        {
            throw new BackupRefusedException(
                $"مفتاح النسخ الاحتياطي المضبوط (Backup:Key، معرّفه {key.Id}) ليس المفتاح الذي شُفّرت به هذه النسخة (معرّفه {header.KeyId}). اضبط المفتاح الصحيح. لم يُغيَّر شيء.",
                $"The configured backup key (Backup:Key, id {key.Id}) is not the key this backup was encrypted with (id {header.KeyId}). Set the right key. Nothing was changed.");
        }
        if (string.IsNullOrWhiteSpace(expectedInstallation))
        {
            throw new BackupRefusedException(
                $"حدّد التثبيت الذي تُستعاد إليه النسخة: الخيار --installation أو الإعداد Installation:Id. هذه النسخة من التثبيت {header.InstallationId}.",
                $"Say which installation this restore is for: the option --installation or the setting Installation:Id. This backup is of installation {header.InstallationId}.");
        }
        if (!string.Equals(header.InstallationId, expectedInstallation.Trim(), StringComparison.Ordinal))
        {
            throw new BackupRefusedException(
                $"هذه النسخة الاحتياطية من تثبيت آخر ({header.InstallationId})، وليست من هذا التثبيت ({expectedInstallation.Trim()}). لم يُغيَّر شيء.",
                $"This backup is of another installation ({header.InstallationId}), not of this one ({expectedInstallation.Trim()}). Nothing was changed.");
        }
        if (header.SchemaVersion.Length > 0 && !knownMigrations.Contains(header.SchemaVersion))
        {
            throw new BackupRefusedException(
                $"هذه النسخة كُتبت بإصدار أحدث من HopeCase (مخطط البيانات {header.SchemaVersion}). ثبّت الإصدار الأحدث ثم استعدها. لم يُغيَّر شيء.",
                $"This backup was written by a newer HopeCase (schema {header.SchemaVersion}). Install the newer version, then restore it. Nothing was changed.");
        }
    }
}
