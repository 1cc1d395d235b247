namespace Hub.Transport.Tests.Support;

/// <summary>One default host shared by the tests of a class that need nothing special of it.</summary>
public sealed class TestAppFixture : IAsyncLifetime
{
    private TestApp? _app;

    internal TestApp App => _app ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client => App.Client;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
