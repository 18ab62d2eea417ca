// DCP, the servers and the process checks are Linux ones (platform.md)
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// each fixture runs the whole topology under its own DCP: two at once on a 2-core machine once failed to create a
// DCP object within its 2 minutes, and the walks through the services wait on that load
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
