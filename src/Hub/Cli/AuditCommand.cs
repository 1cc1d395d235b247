using Hub.Audit;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Cli;

/// <summary>
/// <c>audit verify</c>: checks the access log's keyed chain and its recorded chain head. Prints
/// <c>access log intact: N rows</c> and exits 0, or what is wrong and where and exits 1; exits 2
/// when there is nothing to check (no database) or the command is unknown.
/// <c>audit reanchor</c>: after an incident was dealt with, records a new chain head at the end of
/// a log whose rows all hold under the key (never over a broken row); run it with the hub stopped.
/// </summary>
public static class AuditCommand
{
    public static int Run(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (args is not ["audit", "verify" or "reanchor", ..])
        {
            error.WriteLine("usage: audit verify | audit reanchor");
            return 2;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        // Only look: opening a missing SQLite file would create an empty database.
        if (!db.GetService<IRelationalDatabaseCreator>().Exists() || !db.Database.GetAppliedMigrations().Any())
        {
            error.WriteLine("There is no hub database here yet, so no access log to verify.");
            return 2;
        }

        var headFile = services.GetRequiredService<ChainHeadFile>();
        var key = services.GetRequiredService<ChainKey>();
        return args[1] == "verify" ? Verify(db, headFile, key, output, error) : Reanchor(db, headFile, key, output, error);
    }

    private static int Verify(HubDbContext db, ChainHeadFile headFile, ChainKey key, TextWriter output, TextWriter error)
    {
        var check = AccessLogVerifier.Verify(db, headFile, key);
        if (check.Intact)
        {
            output.WriteLine(check.Message);
            return 0;
        }

        error.WriteLine($"access log NOT intact: {check.Message}");
        return 1;
    }

    private static int Reanchor(HubDbContext db, ChainHeadFile headFile, ChainKey key, TextWriter output, TextWriter error)
    {
        var (head, problem) = AccessLogVerifier.HeadOfRows(db, key);
        if (problem is not null)
        {
            error.WriteLine($"not reanchored: {problem}. A head is recorded only over rows that all hold under the chain key.");
            return 1;
        }

        string before;
        try
        {
            before = headFile.Read() is { } old ? $"the head at row {old.Id}" : "no head";
        }
        catch (InvalidDataException exception)
        {
            before = exception.Message;
        }

        headFile.Write(head);
        output.WriteLine($"chain head recorded at row {head.Id} ({head.Count} rows) in {headFile.Path}; it replaces {before}");
        return 0;
    }
}
