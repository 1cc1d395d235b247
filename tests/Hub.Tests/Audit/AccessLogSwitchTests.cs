using Hub.Audit;
using Hub.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Tests.Audit;

/// <summary>The access log can be switched off to measure it, in Development and nowhere else.</summary>
public sealed class AccessLogSwitchTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task PupilsQuery_LogSwitchedOffInDevelopment_WritesNoRow()
    {
        // arrange
        using var unlogged = hub.WithWebHostBuilder(b => b.UseSetting(AccessLogSwitch.Setting, "false"));
        var client = new HubClient(unlogged.CreateClient(), hub.TokenFor("school-teacher"));
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("{ pupils(first: 3) { nodes { givenName } } }");

        // assert
        Assert.Equal(3, response.Data["pupils"]!["nodes"]!.Count());
        Assert.Equal(before, LogRows.All(hub).Count);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Switch_SwitchedOffOutsideDevelopment_StaysOn(string environment)
    {
        // arrange
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AccessLogSwitch.Setting] = "false" }).Build();

        // act
        var logSwitch = new AccessLogSwitch(configuration, new Environment(environment), NullLogger<AccessLogSwitch>.Instance);

        // assert
        Assert.True(logSwitch.Enabled);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Hub";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
