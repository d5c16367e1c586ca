using System.Reflection;
using System.Reflection.Emit;
using Portal.Abstractions.Modules;

namespace Portal.Host.Tests.Support;

/// <summary>
/// Builds real module assemblies in memory (manifest attributes and startup types emitted with Reflection.Emit),
/// so the catalogue is tested through the same reflection it uses on shipped modules.
/// </summary>
internal static class DynamicModules
{
    public static Assembly Module(string id, string[]? dependencies = null, bool alwaysEnabled = false, bool defaultTenantOnly = false,
        IEnumerable<FeatureSpec>? features = null, IEnumerable<StartupSpec>? startups = null)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Dynamic.{id}.{Guid.NewGuid():N}"), AssemblyBuilderAccess.Run);
        assembly.SetCustomAttribute(Attribute<ModuleAttribute>(
            (nameof(ModuleAttribute.Id), id),
            (nameof(ModuleAttribute.Name), id + " module"),
            (nameof(ModuleAttribute.Category), "Tests"),
            (nameof(ModuleAttribute.Dependencies), dependencies ?? []),
            (nameof(ModuleAttribute.IsAlwaysEnabled), alwaysEnabled),
            (nameof(ModuleAttribute.DefaultTenantOnly), defaultTenantOnly)));

        foreach (var feature in features ?? [])
        {
            assembly.SetCustomAttribute(Attribute<FeatureAttribute>(
                (nameof(FeatureAttribute.Id), feature.Id),
                (nameof(FeatureAttribute.Dependencies), feature.Dependencies ?? []),
                (nameof(FeatureAttribute.IsAlwaysEnabled), feature.IsAlwaysEnabled),
                (nameof(FeatureAttribute.DefaultTenantOnly), feature.DefaultTenantOnly)));
        }

        var module = assembly.DefineDynamicModule("main");
        foreach (var startup in startups ?? [])
        {
            var type = module.DefineType($"Dynamic.{id}.{startup.Name}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(StartupBase));
            type.DefineDefaultConstructor(MethodAttributes.Public);
            if (startup.FeatureId is not null)
            {
                type.SetCustomAttribute(new CustomAttributeBuilder(typeof(FeatureAttribute).GetConstructor([typeof(string)])!, [startup.FeatureId]));
            }

            if (startup.RequiredFeatures is not null)
            {
                type.SetCustomAttribute(new CustomAttributeBuilder(typeof(RequireFeaturesAttribute).GetConstructor([typeof(string[])])!, [startup.RequiredFeatures]));
            }

            type.CreateType();
        }

        return assembly;
    }

    private static CustomAttributeBuilder Attribute<T>(params (string Property, object Value)[] values) where T : Attribute
    {
        var properties = values.Select(v => typeof(T).GetProperty(v.Property)!).ToArray();
        return new CustomAttributeBuilder(typeof(T).GetConstructor(Type.EmptyTypes)!, [], properties, values.Select(v => v.Value).ToArray());
    }
}
