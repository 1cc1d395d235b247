using Hub.Access;
using Hub.Audit;
using Hub.Cli;
using Hub.Data;
using Hub.Events;
using Hub.Ide;
using Hub.Identity;
using Hub.Limits;
using Hub.Schema;
using Hub.SchoolYears;
using Hub.Seeding;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = LocalDefaults.EnvironmentName(args) });
builder.UseDefaultUrls();
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--seed-scale"] = SeedingSetup.ScaleKey });
builder.Configuration.SeparateCityDatabase();
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubIdentity(builder.Configuration, builder.Environment);
builder.Services.AddHubAccess(builder.Configuration);
builder.Services.AddHubAudit();
builder.Services.AddHubEvents(builder.Configuration);
builder.Services.AddHubSchoolYear(builder.Configuration);
builder.Services.AddHubLimits(builder.Configuration);
builder.Services.AddHubSchema(builder.Configuration);
builder.Services.AddHubIde(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
if (HubCommands.IsCommand(args))
{
    return HubCommands.Run(args, app.Services, Console.Out, Console.Error);
}

var created = await app.Services.InitializeDatabaseAsync();
await app.Services.SeedDemoCityAsync();
await app.Services.AnchorAccessLogAsync(created);
app.Services.InitializeSchema();
app.UseHubNoStore();
app.UseHubWebSockets();
app.UseHubPages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthChecks("/health");
app.MapHubSchema();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' web application factory.</summary>
public partial class Program;
