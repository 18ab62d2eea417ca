using System.Globalization;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;

// Starts only PostgreSQL and RabbitMQ (private, on free ports, PostgreSQL without fsync), writes their connection
// strings to the file named by the first argument as environment assignments, and keeps them up until SIGTERM.
// ./kinerja test runs it so every test assembly shares one pair of servers started by the hosting library's code.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ServerUji <data folder> <connection file>");
    return 2;
}

var (folder, file) = (args[0], args[1]);
await using var system = new KinerjaSystem(new KinerjaSystemOptions
{
    RepoRoot = RepoRoot.Find(),
    DataFolder = folder,
    PostgresPort = Proses.FreePort(),
    RabbitMqPort = Proses.FreePort(),
    DurablePostgres = false,
}, Console.WriteLine);
using var stop = new CancellationTokenSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    stop.Cancel();
});
try
{
    await system.StartServersAsync(stop.Token);
}
catch (MissingServerException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

await File.WriteAllLinesAsync(file + ".tmp",
[
    string.Create(CultureInfo.InvariantCulture, $"ConnectionStrings__postgres='{system.PostgresConnection}'"),
    string.Create(CultureInfo.InvariantCulture, $"ConnectionStrings__rabbitmq='{system.RabbitMqConnection}'"),
]);
// renamed into place so a reader never sees half a file
File.Move(file + ".tmp", file, overwrite: true);
Console.WriteLine($"servers ready; connection strings in {file}");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
