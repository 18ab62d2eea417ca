namespace Kinerja.Klien;

using System.Text.Json.Serialization;

public sealed record PerilakuTarget(string Kode, string Nama);

public sealed record Persiapan(IReadOnlyList<PerilakuTarget> Target, string Upaya, DateTimeOffset Jadwal);

public sealed record NilaiRubrik(string Perilaku, string Level, string Catatan);

/// <param name="PenilaiId">Who observed (<c>penilaiNip</c>).</param>
public sealed record ObservasiKinerja(IReadOnlyList<NilaiRubrik> Rubrik, string Rekomendasi, [property: JsonPropertyName("penilaiNip")] string? PenilaiId = null);

public sealed record DiskusiTindakLanjut(string Tantangan, string Tujuan, string Langkah, string Jadwal, string Dukungan);

public sealed record KegiatanTindakLanjut(string Jenis, DateOnly Tanggal, string Deskripsi);

public sealed record UpayaTindakLanjut(IReadOnlyList<KegiatanTindakLanjut> Kegiatan);

public sealed record Refleksi(string Inspirasi, string Perubahan, string Tantangan, string Strategi);

public sealed record Siklus(Guid Id, long Version, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string PraktikKinerja, string Tahap, string Menunggu,
    IReadOnlyList<PerilakuTarget> PerilakuFokus, Persiapan? Persiapan, ObservasiKinerja? Observasi, DiskusiTindakLanjut? DiskusiTindakLanjut,
    UpayaTindakLanjut? UpayaTindakLanjut, Refleksi? Refleksi, string Peran = "Guru", IReadOnlyList<string>? Aksi = null,
    IReadOnlyList<DateTimeOffset>? JadwalSebelumnya = null, [property: JsonPropertyName("penilaiNip")] string? PenilaiId = null, bool Dibaca = false)
{
    /// <summary>The step the caller may take now, as the service says (<c>aksi</c>): its path under the cycle, or null.</summary>
    public string? LangkahSaya => Aksi?.FirstOrDefault(a => a is not UbahJadwal and not AksiDibaca);

    /// <summary>Whether the caller may propose another observation time now (<c>aksi</c> has <c>jadwal</c>).</summary>
    public bool BolehUbahJadwal => Aksi?.Contains(UbahJadwal) == true;

    /// <summary>Whether the owner may acknowledge the observation record now (<c>aksi</c> has <c>dibaca</c>).</summary>
    public bool BolehDibaca => Aksi?.Contains(AksiDibaca) == true;

    private const string UbahJadwal = "jadwal";
    private const string AksiDibaca = "dibaca";
}

/// <param name="Diobservasi">Whether the observation is recorded: its record can be read, printed and acknowledged.</param>
/// <param name="Dibaca">Whether the owner acknowledged that record.</param>
/// <param name="Jadwal">The observation's time as proposed at step A (agreed once the cycle is at <c>Observasi</c>).</param>
public sealed record PosisiSiklus(Guid Id, [property: JsonPropertyName("nip")] string PegawaiId, string Npsn, string Tahap, string Menunggu, int Tahun = 0,
    bool Diobservasi = false, bool Dibaca = false, DateTimeOffset? Jadwal = null);

public sealed class ObservasiKlien(HttpClient http) : ApiKlien(http)
{
    private const string Dasar = ApiSiklus.Dasar;

    public Task<Versi<Siklus>> SiklusAsync(Guid id, CancellationToken ct) => BacaAsync<Siklus>($"{Dasar}/{id}", ct);

    public Task<Halaman<PosisiSiklus>> DaftarAsync(int tahun, CancellationToken ct) => AmbilAsync<Halaman<PosisiSiklus>>($"{Dasar}?tahun={tahun}&pageSize=200", ct);

    /// <summary>One person's cycles of every year they can be read in.</summary>
    public Task<Halaman<PosisiSiklus>> MilikAsync(string pegawai, CancellationToken ct) => AmbilAsync<Halaman<PosisiSiklus>>(Kueri.Dari(Dasar, ("pegawai", pegawai), ("pageSize", 200)), ct);

    public Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(Guid id, CancellationToken ct) => AmbilAsync<IReadOnlyList<EntriRiwayat>>($"{Dasar}/{id}/riwayat", ct);

    /// <param name="langkah">One of <see cref="ApiSiklus"/>'s steps.</param>
    public Task<Hasil<Siklus>> LangkahAsync(Permintaan langkah, string? etag, CancellationToken ct) => KirimAsync<Siklus>(langkah, etag, ct);
}
