using System.Data.Common;
using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Audit;

/// <summary>Where access-log rows are made durable; one call is one transaction.</summary>
public interface IAccessLogStore
{
    /// <summary>The last row written, to continue the chain from; null for an empty log.</summary>
    Task<AccessLogEntry?> LastAsync(CancellationToken cancellationToken);

    Task AppendAsync(IReadOnlyList<AccessLogEntry> rows, CancellationToken cancellationToken);
}

/// <summary>
/// Writes a group commit as one prepared single-row INSERT run once per row, in one transaction.
/// Not EF's change tracker, and not multi-row statements: binding thousands of parameters by name
/// costs time that grows with the square of the batch, and batches grow under load.
/// Plain ADO.NET with <c>@name</c> parameters, so it runs on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class AccessLogStore(IServiceScopeFactory scopes) : IAccessLogStore
{
    private static readonly string[] Columns =
    [
        "Id", "At", "PersonId", "Agency", "UnitCode", "Role", "Operation", "PupilId", "Categories", "Basis",
        "Emergency", "ProtectedIdentity", "PreviousHash", "Hash",
    ];

    private static readonly string Insert =
        $"INSERT INTO \"AccessLog\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";

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
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
#pragma warning disable CA2100 // The text is built from the constant column list only; the values are parameters.
        command.CommandText = Insert;
#pragma warning restore CA2100
        var parameters = Columns.Select(c => Add(command, c)).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var e in rows)
        {
            object?[] values =
            [
                e.Id, e.At, e.PersonId, e.Agency, e.UnitCode, e.Role, e.Operation, e.PupilId, e.Categories, e.Basis,
                e.Emergency, e.ProtectedIdentity, e.PreviousHash, e.Hash,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbParameter Add(DbCommand command, string column)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + column;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
