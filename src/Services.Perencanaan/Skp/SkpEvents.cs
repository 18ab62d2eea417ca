namespace Kinerja.Perencanaan.Skp;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;

public enum StatusSkp { Draf, Diajukan, Dikembalikan, Disepakati }

/// <param name="Intervensi">The principal's RHK this one serves (domain.md §4); null on a principal's own plan, and
/// on a teacher's until they name it (events stored before the cascade have none).</param>
/// <param name="Aspek">A teacher's RHK: what its indicator measures (kuantitas, kualitas, waktu, biaya; seed 003).</param>
/// <param name="Perspektif">A principal's RHK: the perspective it serves (seed 003). Both null in plans written before they were asked.</param>
public sealed record RencanaHasilKerja(string Kode, string Indikator, string Target, RhkAtasan? Intervensi = null, string? Aspek = null,
    string? Perspektif = null);

/// <summary>One RHK of a principal's plan: the plan, and the RHK's code in it (a principal's codes are distinct).</summary>
public sealed record RhkAtasan(Guid SkpId, string Kode);

/// <summary>A BerAKHLAK aspect the pegawai focuses on, with the principal's own expectation when given.</summary>
public sealed record FokusPerilaku(string Aspek, string? EkspektasiKhusus);

public sealed record SkpDibuat(Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string Wilayah, PeranPemilik Peran);

public sealed record TugasPokokDitetapkan(Guid SkpId, string Kode);

public sealed record PraktikKinerjaDitetapkan(Guid SkpId, string Kode);

public sealed record PengembanganKompetensiDitetapkan(Guid SkpId, string Kode);

public sealed record PerilakuKerjaDitetapkan(Guid SkpId, IReadOnlyList<FokusPerilaku> Fokus);

public sealed record HasilKerjaDitetapkan(Guid SkpId, IReadOnlyList<RencanaHasilKerja> Rencana);

public sealed record SkpDiajukan(Guid SkpId);

public sealed record SkpDikembalikan(Guid SkpId, string Catatan);

/// <summary>Agreed; carries what Observasi and Penilaian need, so the relay can publish it as it stands.</summary>
/// <param name="Otomatis">True when a school led only by a Plt agreed it on submission.</param>
/// <param name="Wilayah">Null in events stored before it was recorded: consumers then fall back to their own copy.</param>
/// <param name="Peran">Null in events stored before it was recorded.</param>
/// <param name="PegawaiId">The pegawai id (<see cref="Kinerja.Contracts.IdPegawai"/>), stored as <c>nip</c> as before it was named so.</param>
/// <param name="NipAsn">The NIP as DataPegawai last said (a non-ASN teacher who became PPPK has one beside their id); null for a non-ASN,
/// and in events stored before it was recorded.</param>
/// <param name="StatusKepegawaian"><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c> as DataPegawai last said; null in events stored before.</param>
/// <param name="HasilKerja">The agreed RHK with their aspek or perspektif; null in events stored before it was carried.</param>
/// <param name="EkspektasiKhusus">The rater's ekspektasi khusus per BerAKHLAK aspect, where written.</param>
public sealed record SkpDisepakati(Guid SkpId, [property: JsonPropertyName("penilaiNip")] string PenilaiId, bool Otomatis, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn,
    string PraktikKinerja, string Kompetensi, IReadOnlyList<string> PerilakuKerja, string? Wilayah = null, PeranPemilik? Peran = null,
    string? NipAsn = null, string? StatusKepegawaian = null, IReadOnlyList<RencanaHasilKerja>? HasilKerja = null,
    IReadOnlyDictionary<string, string>? EkspektasiKhusus = null);

public sealed record PenyesuaianDibuka(Guid SkpId);

/// <summary>The owner acknowledged the agreed plan ("Saya telah membaca"); who and when are the event's own.</summary>
public sealed record SkpDibaca(Guid SkpId);

public sealed record SkpDipindahkan(Guid SkpId, string NpsnLama, string NpsnBaru, DateOnly BerlakuSejak);
