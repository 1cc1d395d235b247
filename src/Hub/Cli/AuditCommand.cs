using Hub.Audit;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Cli;

/// <summary>
/// <c>audit verify</c>: checks the access log's hash chain and its recorded chain head. Prints
/// <c>access log intact: N rows</c> and exits 0, or what is wrong and where and exits 1; exits 2
/// when there is nothing to check (no database) or the command is unknown.
/// </summary>
public static class AuditCommand
{
    public static int Run(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (args is not ["audit", "verify", ..])
        {
            error.WriteLine("usage: audit verify");
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

        var check = AccessLogVerifier.Verify(db, services.GetRequiredService<ChainHeadFile>());
        if (check.Intact)
        {
            output.WriteLine(check.Message);
            return 0;
        }

        error.WriteLine($"access log NOT intact: {check.Message}");
        return 1;
    }
}
