namespace Kinerja.ServiceDefaults.Telemetry;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddKinerjaTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;

        builder.Services.AddSingleton<KinerjaMetrics>();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Marten", "MassTransit", KinerjaMetrics.MeterName)
                // the same instruments, read by Prometheus at /metrics (MetricsEndpoint)
                .AddPrometheusExporter());

        // Traces and OTLP logs only when an endpoint is named: with nobody to send them to, a span for every
        // request, SQL command and message cost the services a measurable share of the CPU under load
        // (bench/Distrik.Bench), and a bare `dotnet run` stays quiet.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            // every trace on a developer's machine; 1 in 10 (and every error) under production load, where keeping all
            // of them cost a tenth of the commands/s in the district bench and 1 in 10 cost nothing measurable (docs/benchmarks.md)
            var ratio = builder.Configuration.GetValue("Telemetry:Sampling:Ratio", builder.Environment.IsDevelopment() ? 1.0 : 0.1);
            otel.WithTracing(tracing => tracing
                    .SetSampler(Sampel.Untuk(ratio))
                    // before the exporter's processor, which sends only what is recorded when it sees the span end
                    .AddProcessor(new GalatDisimpan())
                    .AddSource(serviceName, "Marten", "MassTransit", KinerjaMetrics.ActivitySourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx =>
                        !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/alive"))
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }

        return builder;
    }
}
