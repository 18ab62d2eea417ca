namespace Kinerja.Perencanaan.Skp;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Commands;

/// <summary>
/// A pegawai's SKP plan for one period (domain.md §4): five parts, then Draf → Diajukan → Disepakati, or
/// back through Dikembalikan. How it evolves is here; each command's decision is in a file of its own
/// (<see cref="Buat"/>, <see cref="UbahBagian"/>, <see cref="Ajukan"/>, <see cref="Setujui"/>, <see cref="Kembalikan"/>,
/// <see cref="BukaPenyesuaian"/>, <see cref="Baca"/>), and who may touch it in <see cref="SkpAkses"/>.
/// </summary>
public sealed record Skp : IVersioned
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    /// <summary>The owner's pegawai id (stored and answered as <c>nip</c>, as before it was named so).</summary>
    [JsonPropertyName("nip")]
    public string PegawaiId { get; init; } = "";
    public int Tahun { get; init; }
    public string Npsn { get; init; } = "";
    public string Wilayah { get; init; } = "";
    public PeranPemilik Peran { get; init; }
    public StatusSkp Status { get; init; }
    public string? TugasPokok { get; init; }
    public string? PraktikKinerja { get; init; }
    public string? PengembanganKompetensi { get; init; }
    public IReadOnlyList<FokusPerilaku> PerilakuKerja { get; init; } = [];
    public IReadOnlyList<RencanaHasilKerja> HasilKerja { get; init; } = [];
    public string? CatatanPengembalian { get; init; }
    [JsonPropertyName("penilaiNip")]
    public string? PenilaiId { get; init; }
    /// <summary>Reopened in the adjustment window: edits are then allowed there.</summary>
    public bool Penyesuaian { get; init; }
    /// <summary>The owner acknowledged the plan as last agreed ("Saya telah membaca"); a new agreement asks again.</summary>
    public bool Dibaca { get; init; }

    /// <summary>Whose plan it is, for <see cref="Akses"/>.</summary>
    public Milik Milik() => new(PegawaiId, Npsn, Wilayah, Peran == PeranPemilik.KepalaSekolah);

    /// <summary>The same, as a list reads it (<see cref="DaftarTerlihat"/>).</summary>
    public static readonly Kepemilikan<Skp> MilikDalamDaftar = new(x => x.PegawaiId, x => x.Npsn, x => x.Wilayah, x => x.Peran == PeranPemilik.KepalaSekolah);

    public static Skp Create(SkpDibuat e) =>
        new() { Id = e.SkpId, PegawaiId = e.PegawaiId, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah, Peran = e.Peran, Status = StatusSkp.Draf };

    public Skp Apply(TugasPokokDitetapkan e) => this with { TugasPokok = e.Kode };
    public Skp Apply(PraktikKinerjaDitetapkan e) => this with { PraktikKinerja = e.Kode };
    public Skp Apply(PengembanganKompetensiDitetapkan e) => this with { PengembanganKompetensi = e.Kode };
    public Skp Apply(PerilakuKerjaDitetapkan e) => this with { PerilakuKerja = e.Fokus };
    public Skp Apply(HasilKerjaDitetapkan e) => this with { HasilKerja = e.Rencana };
    public Skp Apply(SkpDiajukan e) => this with { Status = StatusSkp.Diajukan };
    public Skp Apply(SkpDikembalikan e) => this with { Status = StatusSkp.Dikembalikan, CatatanPengembalian = e.Catatan };
    public Skp Apply(SkpDisepakati e) => this with { Status = StatusSkp.Disepakati, PenilaiId = e.PenilaiId, Penyesuaian = false, Dibaca = false };
    public Skp Apply(SkpDibaca e) => this with { Dibaca = true };
    public Skp Apply(PenyesuaianDibuka e) => this with { Status = StatusSkp.Draf, Penyesuaian = true };
    public Skp Apply(SkpDipindahkan e) => this with { Npsn = e.NpsnBaru };

    /// <summary>The parts still missing before it can be submitted.</summary>
    public IReadOnlyList<string> BagianKosong() =>
    [
        .. TugasPokok is null ? ["tugas-pokok"] : Array.Empty<string>(),
        .. PraktikKinerja is null ? ["praktik-kinerja"] : Array.Empty<string>(),
        .. PengembanganKompetensi is null ? ["pengembangan-kompetensi"] : Array.Empty<string>(),
        .. PerilakuKerja.Count == 0 ? ["perilaku-kerja"] : Array.Empty<string>(),
        .. HasilKerja.Count == 0 ? ["hasil-kerja"] : Array.Empty<string>(),
    ];

    /// <summary>The agreement: it carries what Observasi and Penilaian need, so the relay can publish it as it stands.</summary>
    /// <param name="pegawai">This service's copy of the owner (their NIP and status as DataPegawai last said), when it has one.</param>
    public SkpDisepakati Disepakati(string penilaiNip, bool otomatis, PegawaiLokal? pegawai = null) =>
        new(Id, penilaiNip, otomatis, PegawaiId, Tahun, Npsn, PraktikKinerja!, PengembanganKompetensi!, PerilakuKerja.Select(p => p.Aspek).ToList(),
            Wilayah, Peran, pegawai?.Nip, pegawai?.StatusKepegawaian, HasilKerja,
            PerilakuKerja.Where(p => p.EkspektasiKhusus is not null).ToDictionary(p => p.Aspek, p => p.EkspektasiKhusus!));

    /// <summary>True when a part says what the plan already says.</summary>
    public bool Menyatakan(object bagian) => bagian switch
    {
        TugasPokokDitetapkan e => e.Kode == TugasPokok,
        PraktikKinerjaDitetapkan e => e.Kode == PraktikKinerja,
        PengembanganKompetensiDitetapkan e => e.Kode == PengembanganKompetensi,
        PerilakuKerjaDitetapkan e => e.Fokus.SequenceEqual(PerilakuKerja),
        HasilKerjaDitetapkan e => e.Rencana.SequenceEqual(HasilKerja),
        _ => false,
    };
}
