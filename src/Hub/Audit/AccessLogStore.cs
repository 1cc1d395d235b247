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
    /// <summary>Each column with the value it takes from a row: one list, so that a new column cannot be named without its value.</summary>
    private static readonly (string Name, Func<AccessLogEntry, object?> Value)[] Columns =
    [
        ("Id", e => e.Id), ("At", e => e.At), ("PersonId", e => e.PersonId), ("Agency", e => e.Agency), ("UnitCode", e => e.UnitCode),
        ("Role", e => e.Role), ("Operation", e => e.Operation), ("PupilId", e => e.PupilId), ("Categories", e => e.Categories),
        ("Basis", e => e.Basis), ("Emergency", e => e.Emergency), ("ProtectedIdentity", e => e.ProtectedIdentity), ("Purpose", e => e.Purpose),
        ("PreviousHash", e => e.PreviousHash), ("Hash", e => e.Hash),
    ];

    private static readonly string Insert =
        $"INSERT INTO \"AccessLog\" ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c.Name))})";

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
        var parameters = Columns.Select(c => Add(command, c.Name)).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var e in rows)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                parameters[i].Value = Columns[i].Value(e) ?? DBNull.Value;
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
