using Hub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Data;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sqlite")]
    [InlineData("Sqlite")]
    public void NoneOrSqlite_IsTheEmbeddedDefault(string? name) =>
        Assert.IsType<SqliteDatabaseProvider>(DatabaseProvider.For(name));

    [Fact]
    public void AnUnknownProvider_IsRefusedWithTheKnownOnes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProvider.For("Oracle"));
        Assert.Contains("Hub:Database:Provider is 'Oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Known providers: Sqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_TellsAUniqueViolationFromOtherConstraints()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; CREATE TABLE a (id INTEGER PRIMARY KEY, code TEXT UNIQUE); CREATE TABLE b (a_id INTEGER REFERENCES a(id)); INSERT INTO a VALUES (1, 'x');");
        var provider = new SqliteDatabaseProvider();

        var unique = Failure(connection, "INSERT INTO a VALUES (2, 'x');");
        var primaryKey = Failure(connection, "INSERT INTO a VALUES (1, 'y');");
        var foreignKey = Failure(connection, "INSERT INTO b VALUES (9);");

        Assert.True(provider.IsUniqueViolation(unique));
        Assert.True(provider.IsUniqueViolation(primaryKey));
        Assert.False(provider.IsUniqueViolation(foreignKey));
        Assert.False(provider.IsUniqueViolation(new DbUpdateException("no inner exception")));
    }

    [Fact]
    public void Sqlite_NamesTheDataFileOnlyForAFile()
    {
        var provider = new SqliteDatabaseProvider();
        Assert.Equal(Path.GetFullPath("hub.db"), provider.DataFile("Data Source=hub.db"));
        Assert.Null(provider.DataFile("Data Source=:memory:"));
        Assert.Null(provider.DataFile(""));
    }

    private static DbUpdateException Failure(SqliteConnection connection, string sql)
    {
        var inner = Assert.Throws<SqliteException>(() => Execute(connection, sql));
        return new DbUpdateException("save failed", inner);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
