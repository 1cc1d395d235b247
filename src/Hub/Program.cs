using Hub.Audit;
using Hub.Cli;
using Hub.Data;
using Hub.Ide;
using Hub.Identity;
using Hub.Schema;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = LocalDefaults.EnvironmentName(args) });
builder.UseDefaultUrls();
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--seed-scale"] = "Hub:SeedScale" });
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubIdentity(builder.Configuration, builder.Environment);
builder.Services.AddHubApi(builder.Configuration);
builder.Services.AddHubIde(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
if (HubCommands.IsCommand(args))
{
    return HubCommands.Run(args, app.Services, Console.Out, Console.Error);
}

var created = await app.Services.InitializeDatabaseAsync();
await app.Services.AnchorAccessLogAsync(created);
app.Services.InitializeSchema();
app.UseHubNoStore();
app.UseHubWebSockets();
app.UseHubPages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthChecks("/health");
app.MapHubApi();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' web application factory.</summary>
public partial class Program;
