namespace Kinerja.DataPegawai.Sekolah;

using System.Text.Json.Serialization;
using Kinerja.ServiceDefaults.Commands;

/// <summary>
/// A satuan pendidikan (stream key = NPSN) and who heads it, which decides who rates whom. Its commands are
/// <see cref="Simpan"/> and <see cref="TugaskanKepala"/>; who may, <see cref="SekolahAkses"/>.
/// </summary>
public sealed record Sekolah(string Id, string Nama, string Wilayah, KepalaSekolah? Kepala) : IVersioned
{
    public long Version { get; init; }

    public static Sekolah Create(SekolahDidaftarkan e) => new(e.Npsn, e.Nama, e.Wilayah, null);

    public Sekolah Apply(SekolahDiperbarui e) => this with { Nama = e.Nama, Wilayah = e.Wilayah };

    public Sekolah Apply(KepalaSekolahDitugaskan e) => this with { Kepala = new KepalaSekolah(e.PegawaiId, e.Plt, e.BerlakuSejak) };
}

public sealed record KepalaSekolah([property: JsonPropertyName("nip")] string PegawaiId, bool Plt, DateOnly BerlakuSejak);
