using Kinerja.Demo;

// The AppHost runs this once the gateway is healthy, on a data folder that is new or the demo's (DataDemo.Putuskan):
// the gateway's address comes the Aspire way, the folder to mark as the demo's as an argument.
var gateway = Environment.GetEnvironmentVariable("services__gateway__http__0")
    ?? throw new InvalidOperationException("services__gateway__http__0 is not set: the AppHost gives the gateway's address.");
var folder = args.Length > 0 ? args[0] : throw new InvalidOperationException("usage: Kinerja.Demo <data folder>");
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
try
{
    await DataDemo.MuatAsync(gateway, folder, Console.WriteLine, stop.Token);
    return 0;
}
catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TimeoutException or OperationCanceledException)
{
    Console.Error.WriteLine($"The demo data was not loaded whole ({ex.Message}): delete {folder} and start again.");
    return 1;
}
