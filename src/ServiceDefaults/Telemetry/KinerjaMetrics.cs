namespace Kinerja.ServiceDefaults.Telemetry;

using System.Diagnostics;
using System.Diagnostics.Metrics;

/// <summary>Our own instruments, beside what ASP.NET Core, Marten and MassTransit report.</summary>
public sealed class KinerjaMetrics
{
    public const string MeterName = "Kinerja";
    public const string ActivitySourceName = "Kinerja";
    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    private readonly Counter<long> _perintah;
    private readonly Counter<long> _diterbitkan;
    private readonly Counter<long> _gagalTerbit;
    private readonly Histogram<double> _lagRelay;
    private readonly Counter<long> _pesanDitangani;
    private readonly Counter<long> _pesanDuplikat;
    private readonly Counter<long> _impor;

    public KinerjaMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _perintah = meter.CreateCounter<long>("kinerja.commands", description: "Commands handled, by command and outcome");
        _diterbitkan = meter.CreateCounter<long>("kinerja.relay.published", description: "Integration events published by the relay");
        _gagalTerbit = meter.CreateCounter<long>("kinerja.relay.publish_failures", description: "Publish attempts that failed and will be retried");
        _lagRelay = meter.CreateHistogram<double>("kinerja.relay.lag", unit: "s", description: "Time from commit to publish");
        _pesanDitangani = meter.CreateCounter<long>("kinerja.consumer.handled", description: "Integration events applied by a consumer");
        _pesanDuplikat = meter.CreateCounter<long>("kinerja.consumer.duplicates", description: "Redelivered integration events ignored");
        _impor = meter.CreateCounter<long>("kinerja.imports", description: "Import jobs ended, by outcome (ok, failed)");
    }

    /// <param name="outcome"><c>ok</c>, <c>refused</c> or <c>error</c>.</param>
    /// <param name="reason">Why it was refused: <c>invalid</c>, <c>not_found</c>, <c>forbidden</c>, <c>conflict</c> or <c>stale</c>.</param>
    public void Perintah(string command, string outcome, string? reason = null) =>
        _perintah.Add(1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("reason", reason ?? ""));

    public void Diterbitkan(string messageType, TimeSpan lag)
    {
        var tag = new KeyValuePair<string, object?>("message_type", messageType);
        _diterbitkan.Add(1, tag);
        _lagRelay.Record(lag.TotalSeconds, tag);
    }

    public void GagalTerbit(string messageType) =>
        _gagalTerbit.Add(1, new KeyValuePair<string, object?>("message_type", messageType));

    /// <param name="outcome"><c>ok</c> or <c>failed</c> (an operator must upload again: the ImporGagal alert).</param>
    public void Impor(string outcome) => _impor.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void MessageHandled(string consumer, bool duplikat) =>
        (duplikat ? _pesanDuplikat : _pesanDitangani).Add(1, new KeyValuePair<string, object?>("consumer", consumer));
}
