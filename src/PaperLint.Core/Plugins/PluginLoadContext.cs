using System.Reflection;
using System.Runtime.Loader;

namespace PaperLint.Core.Plugins;

/// <summary>
/// Loads one plug-in and its own dependencies in isolation, so two plug-ins (or a plug-in and PaperLint) may use
/// different versions of a library. PaperLint.Core alone is shared with the host: a plug-in's <c>IRule</c> must
/// be the very type the host runs, whatever copy of the library the plug-in was built beside.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly string SharedName = typeof(PluginLoadContext).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string path)
        : base($"paperlint plug-in {Path.GetFileName(path)}", isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(path);
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A plug-in's own dependencies are loaded at run time and are not trimmed; the AOT build refuses plug-ins.")]
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, SharedName, StringComparison.Ordinal))
        {
            return null;
        }

        // The plug-in's own dependencies from its folder (and its .deps.json); the framework from the host.
        string? path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
