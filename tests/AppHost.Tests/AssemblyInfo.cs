// DCP, the servers and the process checks are Linux ones (platform.md)
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
