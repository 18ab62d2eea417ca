namespace Kinerja.ServiceDefaults.Tests.Http;

using Kinerja.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>A request slower than five seconds is logged as a warning, with its route and never its path.</summary>
public sealed class LogPermintaanTests
{
    [Theory]
    [InlineData(4.9, LogLevel.Information)]
    [InlineData(6, LogLevel.Warning)]
    public async Task a_slow_request_is_a_warning(double detik, LogLevel tingkat)
    {
        var jam = new Jam();
        var log = new Catatan();
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/pegawai/198503152010012001";

        await new LogPermintaan(_ => { jam.Maju(TimeSpan.FromSeconds(detik)); return Task.CompletedTask; }, log, jam).InvokeAsync(context);

        var (level, pesan) = Assert.Single(log.Isi);
        Assert.Equal(tingkat, level);
        Assert.Contains("answered 200", pesan, StringComparison.Ordinal);
        Assert.DoesNotContain("198503152010012001", pesan, StringComparison.Ordinal);
    }

    /// <summary>A clock the handler moves: its timestamps are ticks of its own.</summary>
    private sealed class Jam : TimeProvider
    {
        private long _kini;

        public void Maju(TimeSpan t) => _kini += t.Ticks;

        public override long GetTimestamp() => _kini;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }

    private sealed class Catatan : ILogger<LogPermintaan>
    {
        public List<(LogLevel, string)> Isi { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Isi.Add((logLevel, formatter(state, exception)));
    }
}
