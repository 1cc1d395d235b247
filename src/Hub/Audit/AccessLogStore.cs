using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>Where access-log rows are made durable; one call is one transaction.</summary>
public interface IAccessLogStore
{
    /// <summary>The last row written, to continue the chain from; null for an empty log.</summary>
    Task<AccessLogEntry?> LastAsync(CancellationToken cancellationToken);

    Task AppendAsync(IReadOnlyList<AccessLogEntry> rows, CancellationToken cancellationToken);
}

internal sealed class AccessLogStore(IServiceScopeFactory scopes) : IAccessLogStore
{
    public async Task<AccessLogEntry?> LastAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task AppendAsync(IReadOnlyList<AccessLogEntry> rows, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AccessLog.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
