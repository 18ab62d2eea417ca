using JasperFx.Events.Projections;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Integrasi;
using Kinerja.Observasi.Katalog;
using Kinerja.Observasi.Pengingat;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKinerjaMessaging("observasi", bus =>
{
    bus.AddKepalaSekolahLokal();
    bus.AddConsumer<BukaSiklus>();
    bus.AddConsumer<PindahkanSiklus>();
});
builder.AddKinerjaMarten("observasi", opts =>
    {
        opts.AddKepalaSekolahLokal();
        opts.Projections.Snapshot<Siklus>(SnapshotLifecycle.Inline);
        opts.Schema.For<Siklus>().Index(s => s.PegawaiId).Index(s => s.Npsn).Index(s => s.Wilayah).Index(s => s.Tahun);
        opts.AddPengingat();
    })
    .AddIntegrationRelay<PemetaanIntegrasi>();
builder.Services.AddSingleton<PerilakuFokus>();
builder.Services.AddPengingat<PengingatSiklus>();

// a principal's command reads who heads their school with the aggregate, in one round trip
builder.Services.AddScoped<Kinerja.ServiceDefaults.Commands.IBacaanAwal, KepalaSekolahPemanggil>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSiklusQueries();
app.MapSiklusApi();

app.Run();

public partial class Program;
