using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Hub.Tests.Architecture;

/// <summary>
/// The hub's compiled code, read as IL: every reference a type makes to another, from its
/// signatures, attributes and method bodies (lambdas, expression trees and async state machines
/// count for the type that wrote them). What the compiler emits is what runs, so a reference
/// hidden behind <c>var</c> or a fully qualified name is still seen.
/// </summary>
internal static class HubAssembly
{
    private static readonly Lazy<ModuleDefinition> Module = new(() =>
        ModuleDefinition.ReadModule(typeof(Program).Assembly.Location, new ReaderParameters { ReadSymbols = false }));

    /// <summary>The folder under <c>src/Hub</c> a type belongs to (<c>Hub.Data.Migrations</c> is <c>Data</c>), or null for the composition root.</summary>
    public static string? FolderOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var parts = type.Namespace.Split('.');
        return parts is ["Hub", var folder, ..] ? folder : null;
    }

    /// <summary>The names of the store's tables: the <c>DbSet</c> properties of <c>HubDbContext</c>.</summary>
    public static IReadOnlySet<string> StoreTables => Tables.Value;

    private static readonly Lazy<IReadOnlySet<string>> Tables = new(() => Module.Value.Types.Single(t => t.FullName == "Hub.Data.HubDbContext")
        .Properties.Where(p => p.PropertyType.Name.StartsWith("DbSet", StringComparison.Ordinal)).Select(p => p.Name).ToHashSet());

    /// <summary>Every outermost type the compiler wrote, including the entry point and generated helpers.</summary>
    public static IEnumerable<TypeDefinition> AllTypes => Module.Value.Types;

    /// <summary>The hub's own types, outermost only: nested types are read as part of them.</summary>
    public static IEnumerable<TypeDefinition> Types => Module.Value.Types.Where(t => t.Namespace.StartsWith("Hub", StringComparison.Ordinal));

    /// <summary>Each method with a body in a type and the types nested in it.</summary>
    public static IEnumerable<MethodDefinition> MethodsOf(TypeDefinition type) =>
        type.Methods.Where(m => m.HasBody).Concat(type.NestedTypes.SelectMany(MethodsOf));

    /// <summary>The instructions of a type's methods that refer to a member or a type.</summary>
    public static IEnumerable<(MethodDefinition Method, Instruction Instruction)> ReferencesIn(TypeDefinition type) =>
        MethodsOf(type).SelectMany(m => m.Body.Instructions.Where(i => i.Operand is MemberReference).Select(i => (m, i)));

    /// <summary>Every type a type refers to, with where it was seen.</summary>
    public static IEnumerable<(TypeReference Type, string Where)> DependenciesOf(TypeDefinition type)
    {
        foreach (var nested in Nested(type))
        {
            if (nested.BaseType is not null)
            {
                foreach (var t in Unfold(nested.BaseType)) yield return (t, $"{nested.Name} extends");
            }

            foreach (var i in nested.Interfaces)
            {
                foreach (var t in Unfold(i.InterfaceType)) yield return (t, $"{nested.Name} implements");
            }

            foreach (var a in nested.CustomAttributes.Concat(nested.Fields.SelectMany(f => f.CustomAttributes)).Concat(nested.Properties.SelectMany(p => p.CustomAttributes)))
            {
                yield return (a.AttributeType, $"{nested.Name} attribute");
            }

            foreach (var f in nested.Fields)
            {
                foreach (var t in Unfold(f.FieldType)) yield return (t, $"{nested.Name}.{f.Name}");
            }

            foreach (var p in nested.Properties)
            {
                foreach (var t in Unfold(p.PropertyType)) yield return (t, $"{nested.Name}.{p.Name}");
            }

            foreach (var m in nested.Methods)
            {
                var where = $"{nested.Name}.{m.Name}";
                foreach (var t in Unfold(m.ReturnType)) yield return (t, where);
                foreach (var p in m.Parameters)
                {
                    foreach (var t in Unfold(p.ParameterType)) yield return (t, where);
                }

                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var v in m.Body.Variables)
                {
                    foreach (var t in Unfold(v.VariableType)) yield return (t, where);
                }

                foreach (var i in m.Body.Instructions)
                {
                    foreach (var t in OperandTypes(i.Operand)) yield return (t, where);
                }
            }
        }
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(Nested)];

    private static IEnumerable<TypeReference> OperandTypes(object? operand) => operand switch
    {
        TypeReference t => Unfold(t),
        MethodReference m => Unfold(m.DeclaringType)
            .Concat(Unfold(m.ReturnType))
            .Concat(m.Parameters.SelectMany(p => Unfold(p.ParameterType)))
            .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Unfold) : []),
        FieldReference f => Unfold(f.DeclaringType).Concat(Unfold(f.FieldType)),
        _ => [],
    };

    /// <summary>A type and the types it is built of: element types and generic arguments.</summary>
    private static IEnumerable<TypeReference> Unfold(TypeReference type) => type switch
    {
        GenericInstanceType g => Unfold(g.ElementType).Concat(g.GenericArguments.SelectMany(Unfold)),
        TypeSpecification s => Unfold(s.ElementType),
        GenericParameter => [],
        _ => [type],
    };
}
