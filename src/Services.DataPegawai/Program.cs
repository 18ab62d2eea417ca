using JasperFx.Events;
using JasperFx.Events.Projections;
using Kinerja.DataPegawai.Impor;
using Kinerja.DataPegawai.Integrasi;
using Kinerja.DataPegawai.Kontak;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Privasi;
using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKinerjaMessaging("datapegawai", bus => bus.AddConsumer<KirimPengingat>());
builder.AddKinerjaMarten("datapegawai", opts =>
    {
        // streams are keyed by the national ids: NPSN for schools, NIP for pegawai
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        // imports append for thousands of streams per transaction; Quick skips the per-stream round trip
        opts.Events.AppendMode = EventAppendMode.Quick;
        opts.UpdateBatchSize = 5000;
        // while events keep coming the relay looks again every second, not every 100 ms: an import appends thousands of
        // events per transaction, and each look's high-water check scans the events in flight (PostgreSQL's CPU in a
        // first import 42-46 s -> 37 s, docs/benchmarks.md). A quiet moment's assignment still leaves within 250 ms.
        opts.Projections.FastPollingTime = TimeSpan.FromSeconds(1);
        opts.Projections.Snapshot<Sekolah>(SnapshotLifecycle.Inline);
        opts.Schema.For<Sekolah>().Index(s => s.Wilayah);
        // Pegawai's read model is written by ProyeksiPegawai, called by its writers (the import, SelesaikanDisparitas) in the same transaction as
        // the events, from the state the aggregate decided on: an inline projection re-reads every person
        // a batch touches, which made imports ten times slower; FetchForWriting aggregates live from events.
        // No LiveStreamAggregation<Pegawai>() registration: with it Marten left the document out of its schema, and
        // the table was created on first use without these indexes (the NIK lookup of every batch scanned it whole)
        opts.Schema.For<Pegawai>().Index(p => p.Nik).Index(p => p.Wilayah).Index(p => p.Npsn).Index(p => p.Status);
        opts.Schema.For<SumberSiasn>().Index(s => s.Nik);
        opts.Schema.For<SumberDukcapil>();
        opts.Storage.ExtendedSchemaObjects.Add(SidikPegawai.Definisi(opts.DatabaseSchemaName));
        opts.Schema.For<ImporJob>().Index(j => j.Wilayah).Index(j => j.Status);
        opts.Schema.For<SewaImpor>();
        opts.Projections.Snapshot<Kontak>(SnapshotLifecycle.Inline);
    })
    .AddIntegrationRelay<PemetaanIntegrasi>();
builder.Services.AddSingleton(SidikBaris.Dari(builder.Configuration, builder.Environment));
builder.Services.AddSingleton<PemeriksaSidik>();
builder.Services.AddSingleton<PemrosesBatch>();
builder.Services.AddSingleton<LogAkses>();
builder.Services.AddSingleton<PengirimEmail>();
builder.Services.AddSingleton<FolderSpool>();
builder.Services.AddSingleton<PenjagaSewa>();
builder.Services.AddSingleton<AntreanImpor>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<AntreanImpor>());

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSekolahApi();
app.MapImporApi();
app.MapLogAksesApi();
app.MapPegawaiApi();

app.Run();

public partial class Program;
