namespace Kinerja.ServiceDefaults.Tests.Telemetri;

using System.Diagnostics;
using Kinerja.ServiceDefaults.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

/// <summary>
/// The sampler: at a ratio of 0 no ordinary trace is exported, a root that ends in an error is, and a child follows
/// its parent's decision (a caller's sampled traceparent keeps the whole trace).
/// </summary>
public sealed class SampelTests
{
    private sealed class Terkirim : BaseProcessor<Activity>
    {
        public List<string> Nama { get; } = [];

        public override void OnEnd(Activity data)
        {
            if (data.Recorded)
            {
                Nama.Add(data.DisplayName);
            }
        }
    }

    private static (TracerProvider, Terkirim, ActivitySource) Siapkan(double ratio)
    {
        var sumber = new ActivitySource($"uji-sampel-{Guid.NewGuid():n}");
        var terkirim = new Terkirim();
        var provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(sumber.Name)
            .SetSampler(Sampel.Untuk(ratio))
            .AddProcessor(new GalatDisimpan())
            .AddProcessor(terkirim)
            .Build()!;
        return (provider, terkirim, sumber);
    }

    [Fact]
    public void at_ratio_zero_an_error_root_is_kept_and_an_ordinary_one_and_its_children_are_not()
    {
        var (provider, terkirim, sumber) = Siapkan(0);
        using (provider)
        {
            using (var biasa = sumber.StartActivity("biasa"))
            {
                Assert.NotNull(biasa);
                using var anak = sumber.StartActivity("anak");
                Assert.Null(anak);
            }

            using (var gagal = sumber.StartActivity("gagal"))
            {
                gagal!.SetStatus(ActivityStatusCode.Error);
            }
        }

        Assert.Equal(["gagal"], terkirim.Nama);
    }

    [Fact]
    public void a_remote_parent_that_was_sampled_keeps_its_child_at_ratio_zero_and_ratio_one_keeps_every_trace()
    {
        var (provider, terkirim, sumber) = Siapkan(0);
        using (provider)
        {
            var induk = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
            using var anak = sumber.StartActivity("dari-gateway", ActivityKind.Server, induk);
        }

        Assert.Equal(["dari-gateway"], terkirim.Nama);

        var (semua, terkirimSemua, sumberSemua) = Siapkan(1);
        using (semua)
        {
            using var akar = sumberSemua.StartActivity("akar");
            using var anak = sumberSemua.StartActivity("anak");
        }

        Assert.Equal(["anak", "akar"], terkirimSemua.Nama);
    }
}
