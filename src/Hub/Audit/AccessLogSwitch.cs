namespace Hub.Audit;

/// <summary>
/// Whether reads are written to the access log. Always on, except that a Development hub may turn
/// it off with <c>Hub:AccessLog:Enabled=false</c>, so that a benchmark can measure what logging
/// costs. Anywhere else the setting is ignored: a hub that serves real data always logs.
/// </summary>
public sealed partial class AccessLogSwitch
{
    public const string Setting = "Hub:AccessLog:Enabled";

    public AccessLogSwitch(IConfiguration configuration, IHostEnvironment environment, ILogger<AccessLogSwitch> log)
    {
        var requested = configuration.GetValue(Setting, defaultValue: true);
        Enabled = requested || !environment.IsDevelopment();
        if (!requested && Enabled)
        {
            LogIgnored(log, Setting, environment.EnvironmentName);
        }
        else if (!Enabled)
        {
            LogOff(log, Setting);
        }
    }

    public bool Enabled { get; }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The access log is OFF ({Setting}=false): reads of personal data are NOT recorded. Development only, for measuring.")]
    private static partial void LogOff(ILogger logger, string setting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Setting}=false is ignored in the {Environment} environment: the access log stays on.")]
    private static partial void LogIgnored(ILogger logger, string setting, string environment);
}
