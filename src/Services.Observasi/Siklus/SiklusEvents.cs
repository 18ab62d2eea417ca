namespace Kinerja.Observasi.Siklus;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;

/// <summary>The five steps of domain.md §5 in order, with the two confirmations by the rater.</summary>
public enum Tahap { Persiapan, KonfirmasiJadwal, Observasi, DiskusiTindakLanjut, UpayaTindakLanjut, Refleksi, KonfirmasiRefleksi, Selesai }

public enum Level { BelumDilakukan, DilakukanBelumEfektif, DilakukanEfektif }

public sealed record PerilakuTarget(string Kode, string Nama);

public sealed record NilaiRubrik(string Perilaku, Level Level, string Catatan);

public sealed record KegiatanTindakLanjut(string Jenis, DateOnly Tanggal, string Deskripsi);

/// <param name="PenilaiId">Who agreed the plan (stored as <c>penilaiNip</c>); the rater's steps are done by whoever heads the school when they are due.</param>
/// <param name="PegawaiId">The pegawai id (<see cref="Kinerja.Contracts.IdPegawai"/>), stored as <c>nip</c> as before it was named so.</param>
/// <param name="NipAsn">The NIP and status the agreement carried, passed on with the completed cycle; null when it carried none.</param>
public sealed record SiklusDibuka(Guid SiklusId, Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string Wilayah, string PraktikKinerja,
    PeranPemilik Peran, IReadOnlyList<PerilakuTarget> PerilakuFokus, [property: JsonPropertyName("penilaiNip")] string PenilaiId, string? NipAsn = null, string? StatusKepegawaian = null);

public sealed record PersiapanDisusun(Guid SiklusId, IReadOnlyList<PerilakuTarget> Target, string Upaya, DateTimeOffset Jadwal);

/// <summary>The owner proposed another observation time (<see cref="UbahJadwal"/>); <paramref name="JadwalLama"/> is the one it replaces.</summary>
public sealed record JadwalDiubah(Guid SiklusId, DateTimeOffset JadwalLama, DateTimeOffset JadwalBaru);

public sealed record JadwalDikonfirmasi(Guid SiklusId, [property: JsonPropertyName("penilaiNip")] string PenilaiId);

public sealed record ObservasiDilakukan(Guid SiklusId, IReadOnlyList<NilaiRubrik> Rubrik, string Rekomendasi, [property: JsonPropertyName("penilaiNip")] string PenilaiId);

public sealed record DiskusiTindakLanjutDicatat(Guid SiklusId, string Tantangan, string Tujuan, string Langkah, string Jadwal, string Dukungan, [property: JsonPropertyName("penilaiNip")] string PenilaiId);

public sealed record UpayaTindakLanjutDicatat(Guid SiklusId, IReadOnlyList<KegiatanTindakLanjut> Kegiatan);

public sealed record RefleksiDisusun(Guid SiklusId, string Inspirasi, string Perubahan, string Tantangan, string Strategi);

/// <summary>The rater read the refleksi: the cycle is complete. Carries what SiklusSelesai publishes.</summary>
public sealed record RefleksiDikonfirmasi(Guid SiklusId, Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, [property: JsonPropertyName("penilaiNip")] string PenilaiId, IReadOnlyList<NilaiRubrik> Rubrik,
    string? NipAsn = null, string? StatusKepegawaian = null);

/// <summary>The teacher acknowledged the observation record ("Saya telah membaca"); who and when are the event's own.</summary>
public sealed record CatatanObservasiDibaca(Guid SiklusId);

/// <summary>The teacher moved school before the cycle was complete: the new school's principal takes the rater's steps from here.</summary>
public sealed record SiklusDipindahkan(Guid SiklusId, string NpsnLama, string NpsnBaru, string Wilayah, DateOnly BerlakuSejak);
