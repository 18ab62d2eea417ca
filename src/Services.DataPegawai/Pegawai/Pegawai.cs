namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// One person (stream key = NIP): what each source last said, the open disparitas, the operator's
/// resolutions, and what was last told to the other services.
/// </summary>
public sealed record Pegawai : Kinerja.ServiceDefaults.Commands.IVersioned
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public RekamanDapodik? Dapodik { get; init; }
    public RekamanSiasn? Siasn { get; init; }
    public RekamanDukcapil? Dukcapil { get; init; }
    /// <summary>NIK as Dapodik (else SI-ASN) has it: the key Dukcapil rows are matched on.</summary>
    public string? Nik { get; init; }
    public string? Npsn { get; init; }
    public string? Wilayah { get; init; }
    public StatusPadan Status { get; init; } = StatusPadan.BelumPadan;
    public IReadOnlyList<Disparitas> Disparitas { get; init; } = [];
    public IReadOnlyList<Penyelesaian> Penyelesaian { get; init; } = [];
    public PegawaiTerverifikasi? Diterbitkan { get; init; }
    /// <summary>Set by the importer: SI-ASN knows this person's NIK under another NIP.</summary>
    public string? NipSiasnLain { get; init; }

    /// <summary>
    /// The name shown: Dukcapil's (the civil register), else SI-ASN's, else Dapodik's; written as Dapodik or SI-ASN write
    /// it when that is the same name (Dukcapil writes names in capitals).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Nama => Dukcapil?.Nama is { } resmi
        ? new[] { Dapodik?.Nama, Siasn?.Nama }.FirstOrDefault(n => string.Equals(n, resmi, StringComparison.OrdinalIgnoreCase)) ?? resmi
        : Siasn?.Nama ?? Dapodik?.Nama;

    public Pegawai Apply(DataDapodikDiterima e) =>
        this with { Id = e.PegawaiId, Dapodik = e.Data, Nik = e.Data.Nik, Npsn = e.Data.Npsn, Wilayah = e.Wilayah };

    public Pegawai Apply(DataSiasnDiterima e) =>
        this with { Id = e.PegawaiId, Siasn = e.Data, Nik = Dapodik?.Nik ?? e.Data.Nik, Wilayah = Wilayah ?? e.Data.Wilayah };

    public Pegawai Apply(DataDukcapilDiterima e) => this with { Id = e.PegawaiId, Dukcapil = e.Data };

    public Pegawai Apply(PemadananDihitung e) => this with { Status = e.Status, Disparitas = e.Disparitas };

    public Pegawai Apply(DisparitasDiselesaikan e) =>
        this with { Penyelesaian = [.. Penyelesaian.Where(p => p.Kode != e.Penyelesaian.Kode), e.Penyelesaian] };

    public Pegawai Apply(PenyelesaianGugur e) => this with { Penyelesaian = [.. Penyelesaian.Where(p => p.Kode != e.Kode)] };

    public Pegawai Apply(PegawaiTerverifikasi e) => this with { Diterbitkan = e };

    public Pegawai Apply(PegawaiDimutasi e) => this;

    /// <summary>
    /// A source said something new: record it and re-reconcile this person only. Returns nothing when
    /// the source says what it said before and the result stands.
    /// </summary>
    public static IReadOnlyList<object> Terima(Pegawai? kini, string nip, object? dataBaru, string? nipSiasnLain, DateOnly hariIni)
    {
        var keadaan = kini ?? new Pegawai { Id = nip };
        var events = new List<object>();
        if (dataBaru is not null)
        {
            events.Add(dataBaru);
            keadaan = keadaan.Terapkan(dataBaru);
        }

        keadaan = keadaan with { NipSiasnLain = nipSiasnLain };
        events.AddRange(keadaan.Padankan(hariIni));
        return events;
    }

    /// <summary>An operator resolves one open disparitas, in writing; valid while the sources say the same.</summary>
    public IReadOnlyList<object> Selesaikan(string kode, string nilai, string alasan, string oleh, DateOnly hariIni)
    {
        var disparitas = Disparitas.FirstOrDefault(d => d.Kode == kode)
            ?? throw new KonflikException($"Pegawai {Id} tidak punya disparitas terbuka dengan kode '{kode}'.");
        var selesai = new DisparitasDiselesaikan(Id, new Penyelesaian(kode, nilai, alasan, oleh, disparitas.Nilai));
        return [selesai, .. Terapkan(selesai).Padankan(hariIni)];
    }

    private IEnumerable<object> Padankan(DateOnly hariIni)
    {
        var keadaan = this;
        var semua = Pemadanan.Hitung(Dapodik, Siasn, Dukcapil, NipSiasnLain);

        foreach (var p in Penyelesaian)
        {
            var d = semua.FirstOrDefault(x => x.Kode == p.Kode);
            if (d is null || !d.NilaiSama(p.NilaiSaatItu))
            {
                var gugur = new PenyelesaianGugur(Id, p.Kode, d is null ? "Sumber kini sepakat." : "Nilai dari sumber berubah sejak diselesaikan.");
                keadaan = keadaan.Terapkan(gugur);
                yield return gugur;
            }
        }

        var terbuka = semua.Where(d => !keadaan.Penyelesaian.Any(p => p.Kode == d.Kode)).ToList();
        var status = terbuka.Count == 0 ? StatusPadan.Padan : StatusPadan.BelumPadan;
        if (status != keadaan.Status || !terbuka.Select(Kunci).SequenceEqual(keadaan.Disparitas.Select(Kunci)))
        {
            var dihitung = new PemadananDihitung(Id, status, terbuka);
            keadaan = keadaan.Terapkan(dihitung);
            yield return dihitung;
        }

        if (status != StatusPadan.Padan)
        {
            yield break;
        }

        var terverifikasi = new PegawaiTerverifikasi(Id, keadaan.Dukcapil?.Nama ?? keadaan.Dapodik?.Nama ?? "",
            keadaan.Siasn?.Jenjang ?? "", keadaan.Siasn?.StatusKepegawaian ?? Kinerja.Contracts.IdPegawai.StatusNonAsn, keadaan.Npsn ?? "", keadaan.Wilayah ?? "",
            keadaan.Siasn?.Nip ?? Kinerja.Contracts.IdPegawai.Nip(Id));
        if (keadaan.Diterbitkan is { } lalu && lalu.Npsn != terverifikasi.Npsn)
        {
            yield return new PegawaiDimutasi(Id, lalu.Npsn, terverifikasi.Npsn, hariIni, terverifikasi.NipAsn, terverifikasi.StatusKepegawaian);
        }

        if (keadaan.Diterbitkan != terverifikasi)
        {
            yield return terverifikasi;
        }
    }

    private static string Kunci(Disparitas d) => d.Kode + "|" + string.Join(";", d.Nilai.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}"));

    /// <summary>The state after these events, as Marten's projection will compute it.</summary>
    public Pegawai Lanjut(IEnumerable<object> events) => events.Aggregate(this, (p, e) => p.Terapkan(e));

    private Pegawai Terapkan(object e) => e switch
    {
        DataDapodikDiterima x => Apply(x),
        DataSiasnDiterima x => Apply(x),
        DataDukcapilDiterima x => Apply(x),
        PemadananDihitung x => Apply(x),
        DisparitasDiselesaikan x => Apply(x),
        PenyelesaianGugur x => Apply(x),
        PegawaiTerverifikasi x => Apply(x),
        _ => this,
    };
}
