using JasperFx.Events.Projections;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Ekspor;
using Kinerja.Perencanaan.Integrasi;
using Kinerja.Perencanaan.Katalog;
using Kinerja.Perencanaan.Pengingat;
using Kinerja.Perencanaan.Periode;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKinerjaMessaging("perencanaan", bus =>
{
    bus.AddKepalaSekolahLokal();
    bus.AddPegawaiLokal();
    bus.AddConsumer<PindahkanSkp>();
});
builder.AddKinerjaMarten("perencanaan", opts =>
    {
        opts.AddKepalaSekolahLokal();
        opts.AddPegawaiLokal();
        opts.Projections.Snapshot<Skp>(SnapshotLifecycle.Inline);
        opts.Schema.For<Skp>().Index(s => s.PegawaiId).Index(s => s.Npsn).Index(s => s.Wilayah).Index(s => s.Tahun);
        opts.Schema.For<SkpPerPeriode>();
        opts.AddPengingat();
    })
    .AddIntegrationRelay<PemetaanIntegrasi>();
builder.Services.AddSingleton<Jendela>();
builder.Services.AddPengingat<PengingatSkp>();
builder.Services.AddSingleton(AturanKaskade.Dari(builder.Configuration));

// a principal's command reads who heads their school with the aggregate, in one round trip
builder.Services.AddScoped<Kinerja.ServiceDefaults.Commands.IBacaanAwal, KepalaSekolahPemanggil>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapKatalogApi();
app.MapSkpQueries();
app.MapJendelaApi();
app.MapSkpApi();
app.MapKaskadeQueries();
app.MapEksporSkp();

app.Run();

public partial class Program;
