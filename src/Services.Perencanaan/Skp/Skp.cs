using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Perencanaan.Skp;

/// <summary>Who is acting on a plan: its owner, or its rater (principal, or penilai-ks for a principal's plan).</summary>
public enum Pelaku { Pemilik, Penilai }

/// <summary>
/// A pegawai's SKP plan for one period (domain.md §4): five parts, then Draf → Diajukan → Disepakati, or
/// back through Dikembalikan. Deciding is pure; the API checks who may and when.
/// </summary>
public sealed record Skp
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string Nip { get; init; } = "";
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
    public string? PenilaiNip { get; init; }
    /// <summary>Reopened in the adjustment window: edits are then allowed there.</summary>
    public bool Penyesuaian { get; init; }

    public static Skp Create(SkpDibuat e) =>
        new() { Id = e.SkpId, Nip = e.Nip, Tahun = e.Tahun, Npsn = e.Npsn, Wilayah = e.Wilayah, Peran = e.Peran, Status = StatusSkp.Draf };

    public Skp Apply(TugasPokokDitetapkan e) => this with { TugasPokok = e.Kode };
    public Skp Apply(PraktikKinerjaDitetapkan e) => this with { PraktikKinerja = e.Kode };
    public Skp Apply(PengembanganKompetensiDitetapkan e) => this with { PengembanganKompetensi = e.Kode };
    public Skp Apply(PerilakuKerjaDitetapkan e) => this with { PerilakuKerja = e.Fokus };
    public Skp Apply(HasilKerjaDitetapkan e) => this with { HasilKerja = e.Rencana };
    public Skp Apply(SkpDiajukan e) => this with { Status = StatusSkp.Diajukan };
    public Skp Apply(SkpDikembalikan e) => this with { Status = StatusSkp.Dikembalikan, CatatanPengembalian = e.Catatan };
    public Skp Apply(SkpDisepakati e) => this with { Status = StatusSkp.Disepakati, PenilaiNip = e.PenilaiNip, Penyesuaian = false };
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

    /// <summary>
    /// A part changes: the owner while it is a draft or returned; the rater after submission, to adjust
    /// it before agreeing (seed 002). Saying what it already says changes nothing.
    /// </summary>
    public IReadOnlyList<object> UbahBagian(Pelaku pelaku, object bagian)
    {
        var boleh = pelaku == Pelaku.Pemilik
            ? Status is StatusSkp.Draf or StatusSkp.Dikembalikan
            : Status == StatusSkp.Diajukan;
        if (!boleh)
        {
            throw new KonflikException(pelaku == Pelaku.Pemilik
                ? $"SKP berstatus {Status}: pemilik hanya dapat mengubah SKP berstatus Draf atau Dikembalikan."
                : $"SKP berstatus {Status}: penilai hanya dapat menyesuaikan SKP yang sedang Diajukan.");
        }

        return Sama(bagian) ? [] : [bagian];
    }

    public IReadOnlyList<object> Ajukan(string? nipPlt)
    {
        if (Status is not (StatusSkp.Draf or StatusSkp.Dikembalikan))
        {
            throw new KonflikException($"SKP berstatus {Status} tidak dapat diajukan.");
        }

        if (BagianKosong() is { Count: > 0 } kosong)
        {
            throw new KonflikException($"SKP belum lengkap; isi dahulu: {string.Join(", ", kosong)}.");
        }

        // a school led only by a Plt: agreed on submission (domain.md §4)
        return nipPlt is not null && Peran == PeranPemilik.Guru
            ? [new SkpDiajukan(Id), Disepakati(nipPlt, otomatis: true)]
            : [new SkpDiajukan(Id)];
    }

    public IReadOnlyList<object> Setujui(string penilaiNip) =>
        Status == StatusSkp.Diajukan
            ? [Disepakati(penilaiNip, otomatis: false)]
            : throw new KonflikException($"Hanya SKP yang Diajukan dapat disepakati; SKP ini {Status}.");

    public IReadOnlyList<object> Kembalikan(string catatan) =>
        Status == StatusSkp.Diajukan
            ? [new SkpDikembalikan(Id, catatan)]
            : throw new KonflikException($"Hanya SKP yang Diajukan dapat dikembalikan; SKP ini {Status}.");

    public IReadOnlyList<object> BukaPenyesuaian() =>
        Status == StatusSkp.Disepakati
            ? [new PenyesuaianDibuka(Id)]
            : throw new KonflikException($"Hanya SKP yang Disepakati dapat dibuka untuk penyesuaian; SKP ini {Status}.");

    private SkpDisepakati Disepakati(string penilaiNip, bool otomatis) =>
        new(Id, penilaiNip, otomatis, Nip, Tahun, Npsn, PraktikKinerja!, PengembanganKompetensi!, PerilakuKerja.Select(p => p.Aspek).ToList());

    private bool Sama(object bagian) => bagian switch
    {
        TugasPokokDitetapkan e => e.Kode == TugasPokok,
        PraktikKinerjaDitetapkan e => e.Kode == PraktikKinerja,
        PengembanganKompetensiDitetapkan e => e.Kode == PengembanganKompetensi,
        PerilakuKerjaDitetapkan e => e.Fokus.SequenceEqual(PerilakuKerja),
        HasilKerjaDitetapkan e => e.Rencana.SequenceEqual(HasilKerja),
        _ => false,
    };
}
