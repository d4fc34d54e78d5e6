using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace HopeCase.Core.Data;

/// <summary>
/// Retries a statement that failed because PostgreSQL was briefly away (restart, fail-over, a dropped pooled
/// connection), so the app resumes by itself when the database is back. A statement inside a transaction the code
/// opened itself is not retried: that transaction is lost as a whole (nothing of it is committed) and the error
/// reaches the caller, who shows it; the services open their own transactions, which EF's stock retrying strategy
/// refuses outright.
/// </summary>
internal sealed class PostgresRetry(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)
{
    private bool InOwnTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    protected override void OnFirstExecution()
    {
        if (InOwnTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }
        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !InOwnTransaction && base.ShouldRetryOn(exception);
}
