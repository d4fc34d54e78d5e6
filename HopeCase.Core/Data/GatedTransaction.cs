using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>A write transaction that lets the next writer in (<see cref="SqliteWriteGate"/>) once it is committed, rolled back or disposed.</summary>
internal sealed class GatedTransaction(IDbContextTransaction inner, IDisposable held) : IDbContextTransaction, IInfrastructure<DbTransaction>
{
    public Guid TransactionId => inner.TransactionId;

    public bool SupportsSavepoints => inner.SupportsSavepoints;

    DbTransaction IInfrastructure<DbTransaction>.Instance => inner.GetDbTransaction();

    public void Commit() => Ending(inner.Commit);

    public Task CommitAsync(CancellationToken cancellationToken = default) => EndingAsync(() => inner.CommitAsync(cancellationToken));

    public void Rollback() => Ending(inner.Rollback);

    public Task RollbackAsync(CancellationToken cancellationToken = default) => EndingAsync(() => inner.RollbackAsync(cancellationToken));

    public void Dispose() => Ending(inner.Dispose);

    public async ValueTask DisposeAsync() => await EndingAsync(() => inner.DisposeAsync().AsTask());

    public void CreateSavepoint(string name) => inner.CreateSavepoint(name);

    public Task CreateSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.CreateSavepointAsync(name, cancellationToken);

    public void RollbackToSavepoint(string name) => inner.RollbackToSavepoint(name);

    public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.RollbackToSavepointAsync(name, cancellationToken);

    public void ReleaseSavepoint(string name) => inner.ReleaseSavepoint(name);

    public Task ReleaseSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.ReleaseSavepointAsync(name, cancellationToken);

    // The file is let go even when the end itself throws (a failed commit is rolled back by SQLite).
    private void Ending(Action end)
    {
        using (held)
        {
            end();
        }
    }

    private async Task EndingAsync(Func<Task> end)
    {
        using (held)
        {
            await end();
        }
    }
}
