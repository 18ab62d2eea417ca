using JasperFx.Events.Projections;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Feed;
using Kinerja.Penilaian.Integrasi;
using Kinerja.Penilaian.Pengingat;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Pengingat;
using Kinerja.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKinerjaMessaging("penilaian", bus =>
{
    bus.AddKepalaSekolahLokal();
    bus.AddPegawaiLokal();
    bus.AddConsumer<BukaPenilaian>();
    bus.AddConsumer<CatatSiklusSelesai>();
    bus.AddConsumer<PindahkanPenilaian>();
});
builder.AddKinerjaMarten("penilaian", opts =>
    {
        opts.AddKepalaSekolahLokal();
        opts.AddPegawaiLokal();
        opts.Projections.Snapshot<Penilaian>(SnapshotLifecycle.Inline);
        opts.Schema.For<Penilaian>().Index(p => p.PegawaiId).Index(p => p.Npsn).Index(p => p.Wilayah).Index(p => p.Tahun);
        opts.AddPengingat();
    })
    .AddIntegrationRelay<PemetaanIntegrasi>();
builder.Services.AddPengingat<PengingatPenilaian>();

// a principal's command reads who heads their school with the aggregate, in one round trip
builder.Services.AddScoped<Kinerja.ServiceDefaults.Commands.IBacaanAwal, KepalaSekolahPemanggil>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapFeedApi();
app.MapPenilaianQueries();
app.MapPenilaianApi();

app.Run();

public partial class Program;
