using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using PaperLint.Core.Config;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Plugins;

/// <summary>
/// Loads rule assemblies named by <c>plugins:</c> in <c>.paperlint.yml</c> or <c>--plugin</c>. Each assembly is
/// loaded once per process, in a load context of its own; every way it can fail is one <see cref="InputException"/>.
/// </summary>
public static class PluginLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<Plugin>> Loaded = new(StringComparer.Ordinal);

    /// <summary>False in the Native AOT build, which cannot load assemblies at run time.</summary>
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>The plug-in at <paramref name="path"/> (a full path), loaded on first use.</summary>
    /// <exception cref="InputException">The file is missing or not a .NET assembly, a type cannot be loaded or created, or this build cannot load plug-ins.</exception>
    public static Plugin Load(string path) => Load(path, IsSupported);

    /// <summary>The seam for tests: the refusal of the native build can be checked on the JIT runtime that runs them.</summary>
    internal static Plugin Load(string path, bool canLoadAssemblies)
    {
        if (!canLoadAssemblies)
        {
            // The release installs the native build wherever one exists, and the framework-dependent build is a
            // package of its own, whose command conflicts with the native one: the user has to swap them.
            throw new InputException($"{path}: this paperlint is the native build, which cannot load plug-ins; install the framework-dependent build instead: dotnet tool uninstall -g PaperLint && dotnet tool install -g PaperLint.any (--local instead of -g for a local tool)");
        }

        try
        {
            return Loaded.GetOrAdd(path, p => new Lazy<Plugin>(() => LoadNow(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        }
        catch (InputException)
        {
            // A failed load is not kept: the next run (or a fixed file) tries again.
            Loaded.TryRemove(path, out _);
            throw;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A plug-in is loaded at run time; its assembly is not trimmed, and the AOT build refuses plug-ins before this point.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Plug-in types are public types of an untrimmed assembly, created through their public parameterless constructor.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded by IsSupported: the AOT build never gets here.")]
    private static Plugin LoadNow(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such plug-in (a rule assembly, .dll)");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException)
        {
            throw new InputException($"{path}: not a .NET assembly; a plug-in is the .dll of a class library that implements IRule");
        }
        catch (FileLoadException e)
        {
            throw new InputException($"{path}: cannot be loaded ({OneLine(e.Message)})");
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new InputException($"{path}: its types cannot be loaded ({OneLine(e.Message)}); build it against this version of PaperLint.Core");
        }

        var rules = new List<IRule>();
        var sections = new List<IConfigSection>();
        foreach (var type in types.Where(IsCreatable).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(IRule).IsAssignableFrom(type))
            {
                rules.Add((IRule)Create(path, type));
            }
            else if (typeof(IConfigSection).IsAssignableFrom(type))
            {
                sections.Add((IConfigSection)Create(path, type));
            }
        }

        if (rules.Count == 0)
        {
            throw new InputException($"{path}: holds no rule (no public class that implements IRule with a parameterless constructor)");
        }

        foreach (var rule in rules)
        {
            string id = SafeId(path, rule);
            if (id.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                throw new InputException($"{path}: rule {rule.GetType().FullName} has the id '{id}'; an id is Family.Name, such as MyStyle.LongSentences");
            }
        }

        return new Plugin(path, rules, sections);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Plug-in types are public types of an untrimmed assembly.")]
    private static bool IsCreatable(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && type.GetConstructor(Type.EmptyTypes) is not null;

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Plug-in types are public types of an untrimmed assembly.")]
    private static object Create(string path, Type type)
    {
        try
        {
            return Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e)
        {
            var cause = e.InnerException ?? e;
            throw new InputException($"{path}: {type.FullName} could not be created ({cause.GetType().Name}: {OneLine(cause.Message)})");
        }
        catch (Exception e) when (e is MissingMethodException or MemberAccessException or TypeLoadException or FileNotFoundException)
        {
            throw new InputException($"{path}: {type.FullName} could not be created ({OneLine(e.Message)})");
        }
    }

    /// <summary>A rule's id, or one line that says the rule failed to give one.</summary>
    internal static string SafeId(string path, IRule rule)
    {
        try
        {
            return rule.Id ?? throw new InvalidOperationException("the id is null");
        }
        catch (Exception e) when (e is not InputException)
        {
            throw new InputException($"{path}: rule {rule.GetType().FullName} has no id ({e.GetType().Name}: {OneLine(e.Message)})");
        }
    }

    private static string OneLine(string message)
    {
        string line = message.ReplaceLineEndings(" ").Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
