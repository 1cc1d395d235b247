using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Support;

/// <summary>
/// Every row of every table of a test hub's store, as text, for "the store is unchanged"
/// assertions. The access log is left out: it records reads (also a refused mutation's), and it
/// is append-only by design, so it is not part of the records a mutation may change.
/// </summary>
public static class StoreContents
{
    private static readonly string[] NotRecords = ["AccessLog", "__EFMigrationsHistory", "__EFMigrationsLock"];

    public static string Read(HubFactory hub) => hub.WithDb(db =>
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var text = new StringBuilder();
            foreach (var table in tables.Except(NotRecords))
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
                using var reader = select.ExecuteReader();
                text.Append("# ").AppendLine(table);
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                    }

                    text.AppendLine();
                }
            }

            return text.ToString();
        }
        finally
        {
            db.Database.CloseConnection();
        }
    });

    /// <summary>Runs <paramref name="act"/> and asserts that no record in the store changed.</summary>
    public static async Task<T> UnchangedAsync<T>(HubFactory hub, Func<Task<T>> act)
    {
        var before = Read(hub);
        var result = await act();
        var after = Read(hub);
        Assert.True(before == after, "The store changed:\n" + FirstDifference(before, after));
        return result;
    }

    private static string FirstDifference(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<none>";
            var y = i < b.Length ? b[i] : "<none>";
            if (x != y)
            {
                return $"line {i}: before «{x}» after «{y}»";
            }
        }

        return "";
    }
}
