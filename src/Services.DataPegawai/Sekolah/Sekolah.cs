namespace Kinerja.DataPegawai.Sekolah;

using System.Text.Json.Serialization;
using Kinerja.ServiceDefaults.Commands;

/// <summary>
/// A satuan pendidikan (stream key = NPSN), who heads it and which penilai-ks rates its head: that decides who
/// rates whom. Its commands are <see cref="Simpan"/>, <see cref="TugaskanKepala"/> and <see cref="TugaskanPenilai"/>;
/// who may, <see cref="SekolahAkses"/>.
/// </summary>
public sealed record Sekolah(string Id, string Nama, string Wilayah, KepalaSekolah? Kepala) : IVersioned
{
    public long Version { get; init; }

    /// <summary>The penilai-ks assigned last (who may start later than today).</summary>
    public PenilaiKs? Penilai { get; init; }

    /// <summary>The one assigned before <see cref="Penilai"/>: still the rater until its <c>BerlakuSejak</c>.</summary>
    public PenilaiKs? PenilaiSebelumnya { get; init; }

    /// <summary>Who rates the school's principal on this date.</summary>
    public string? PenilaiPada(DateOnly tanggal) => Penilai is { } p && p.BerlakuSejak <= tanggal ? p.PegawaiId : PenilaiSebelumnya?.PegawaiId;

    public static Sekolah Create(SekolahDidaftarkan e) => new(e.Npsn, e.Nama, e.Wilayah, null);

    public Sekolah Apply(SekolahDiperbarui e) => this with { Nama = e.Nama, Wilayah = e.Wilayah };

    public Sekolah Apply(KepalaSekolahDitugaskan e) => this with { Kepala = new KepalaSekolah(e.PegawaiId, e.Plt, e.BerlakuSejak) };

    public Sekolah Apply(PenilaiKsDitugaskan e) => this with
    {
        Penilai = new PenilaiKs(e.PenilaiId, e.BerlakuSejak),
        PenilaiSebelumnya = Penilai is { } kini && kini.PegawaiId != e.PenilaiId ? kini : PenilaiSebelumnya,
    };
}

public sealed record PenilaiKs([property: JsonPropertyName("nip")] string PegawaiId, DateOnly BerlakuSejak);

public sealed record KepalaSekolah([property: JsonPropertyName("nip")] string PegawaiId, bool Plt, DateOnly BerlakuSejak);
