namespace Kinerja.Hosting.Lokal;

public static class RepoRoot
{
    /// <summary>The folder holding Kinerja.sln, above wherever this assembly was built to.</summary>
    public static string Find(string? from = null)
    {
        for (var dir = new DirectoryInfo(from ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Kinerja.sln not found above " + (from ?? AppContext.BaseDirectory));
    }

    /// <summary>Debug or Release: the services are run from the same build configuration as this assembly.</summary>
    public static string BuildConfiguration(string? from = null)
    {
        var parts = (from ?? AppContext.BaseDirectory).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }
}
