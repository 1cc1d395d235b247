using GraphQL.Types;
using Hub.Identity;
using Hub.Schema;

namespace Hub.Cli;

/// <summary>
/// The hub's commands besides serving: <c>personas</c> lists the demo personas, <c>token NAME</c>
/// prints only a token for one, <c>schema</c> prints the schema contract, <c>audit verify</c> checks the
/// access log and <c>audit reanchor</c> records its head anew (see <see cref="AuditCommand"/>). Anything else starts the web host.
/// </summary>
public static class HubCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "personas" or "token" or "schema" or "audit";

    public static int Run(string[] args, IServiceProvider services, TextWriter output, TextWriter error) => args[0] switch
    {
        "personas" => ListPersonas(output),
        "schema" => PrintSchema(services, output),
        "audit" => AuditCommand.Run(args, services, output, error),
        _ => PrintToken(args, services, output, error),
    };

    private static int ListPersonas(TextWriter output)
    {
        output.WriteLine($"{"persona",-25}{"agency",-21}{"role",-22}{"unit",-40}sees");
        foreach (var p in Personas.All)
        {
            output.WriteLine($"{p.Name,-25}{p.Agency,-21}{p.Role,-22}{p.UnitCode,-40}{p.Sees}");
        }

        return 0;
    }

    private static int PrintSchema(IServiceProvider services, TextWriter output)
    {
        output.Write(SchemaContract.Print(services.GetRequiredService<ISchema>()));
        return 0;
    }

    private static int PrintToken(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || Personas.Find(args[1]) is not { } persona)
        {
            error.WriteLine($"usage: token <persona>; personas: {string.Join(", ", Personas.All.Select(p => p.Name))}");
            return 2;
        }

        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            error.WriteLine("The hub signs demo tokens only in Development; elsewhere tokens come from the configured issuer.");
            return 2;
        }

        output.WriteLine(services.GetRequiredService<DevelopmentTokenIssuer>().IssueFor(persona));
        return 0;
    }
}
