using System.Globalization;
using System.Text;
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

/// <summary>
/// Writes a group commit as multi-row INSERT statements (standard SQL, so on any provider): a
/// burst of requests costs one transaction and a statement per few hundred rows, not one per row.
/// </summary>
internal sealed class AccessLogStore(IServiceScopeFactory scopes) : IAccessLogStore
{
    private const int RowsPerStatement = 500;

    private static readonly string[] Columns =
    [
        "Id", "At", "PersonId", "Agency", "UnitCode", "Role", "Operation", "PupilId", "Categories", "Basis",
        "Emergency", "ProtectedIdentity", "PreviousHash", "Hash",
    ];

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
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var (sql, parameters) = Insert(chunk);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static (string Sql, object[] Parameters) Insert(AccessLogEntry[] rows)
    {
        var sql = new StringBuilder("INSERT INTO \"AccessLog\" (")
            .AppendJoin(", ", Columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        var parameters = new List<object>(rows.Length * Columns.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var e = rows[r];
            sql.Append(r == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(parameters.Count, Columns.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{{i}}}")))
                .Append(')');
            // A null pupil (a read of the log itself) goes in as null: EF has no type mapping for DBNull.
            parameters.AddRange(
            [
                e.Id, e.At, e.PersonId, e.Agency, e.UnitCode, e.Role, e.Operation, e.PupilId!, e.Categories, e.Basis,
                e.Emergency, e.ProtectedIdentity, e.PreviousHash, e.Hash,
            ]);
        }

        return (sql.ToString(), parameters.ToArray());
    }
}
