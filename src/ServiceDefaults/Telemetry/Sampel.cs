namespace Kinerja.ServiceDefaults.Telemetry;

using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

/// <summary>
/// Which traces are kept (<c>Telemetry:Sampling:Ratio</c>: 1 in Development, 0.1 otherwise). A trace is decided once,
/// where it starts (the gateway, for a request), and every service follows that decision from <c>traceparent</c>, so a
/// kept trace is whole across the services. At a ratio under 1 the roots not chosen are still recorded, without children, and
/// <see cref="GalatDisimpan"/> keeps one that ends in an error: a 5xx is always seen.
/// </summary>
public sealed class Sampel(double ratio) : Sampler
{
    private readonly TraceIdRatioBasedSampler _rasio = new(ratio);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        _rasio.ShouldSample(samplingParameters).Decision == SamplingDecision.RecordAndSample
            ? new SamplingResult(SamplingDecision.RecordAndSample)
            : new SamplingResult(SamplingDecision.RecordOnly);

    /// <summary>Parent-based: a child follows its parent, local or remote; a root is decided by the ratio.</summary>
    public static Sampler Untuk(double ratio) => ratio >= 1
        ? new ParentBasedSampler(new AlwaysOnSampler())
        : new ParentBasedSampler(new Sampel(ratio));
}

/// <summary>A root recorded but not chosen (<see cref="Sampel"/>) is exported after all when it ends in an error.</summary>
public sealed class GalatDisimpan : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.Status == ActivityStatusCode.Error && !data.Recorded)
        {
            data.ActivityTraceFlags |= ActivityTraceFlags.Recorded;
        }
    }
}
