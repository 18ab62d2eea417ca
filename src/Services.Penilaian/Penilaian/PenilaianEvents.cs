namespace Kinerja.Penilaian.Penilaian;

using System.Text.Json.Serialization;
using Kinerja.Kepegawaian.Sekolah;

public sealed record PenilaianDibuka(Guid PenilaianId, Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string Wilayah, PeranPemilik Peran);

public sealed record SiklusSelesaiDicatat(Guid PenilaianId, Guid SiklusId);

public sealed record Dinilai(Guid PenilaianId, Rating HasilKerja, Rating PerilakuKerja, string UmpanBalik, [property: JsonPropertyName("penilaiNip")] string PenilaiId);

/// <summary>Finalised (KoreksiKe 0) or corrected (1, 2, …): everything PredikatKinerjaDitetapkan publishes.</summary>
/// <param name="PegawaiId">The pegawai id (<see cref="Kinerja.Contracts.IdPegawai"/>), stored as <c>nip</c> as before it was named so.</param>
/// <param name="AngkaKredit">Null with <paramref name="Koefisien"/> for a pegawai without jenjang (a non-ASN teacher): no credit, not zero.</param>
/// <param name="StatusKepegawaian"><c>PNS</c>, <c>PPPK</c> or <c>NonASN</c> as DataPegawai said; null in events stored before it was recorded.</param>
/// <param name="NipAsn">The NIP, for an ASN; null for a non-ASN, and in events stored before (then <paramref name="Nip"/> is it).</param>
public sealed record PredikatDitetapkan(Guid PenilaianId, [property: JsonPropertyName("nip")] string PegawaiId, string Nama, int Tahun, string Npsn, string Wilayah,
    Rating HasilKerja, Rating PerilakuKerja, PredikatKinerja Predikat, decimal? AngkaKredit, decimal? Koefisien, int Bulan,
    [property: JsonPropertyName("penilaiNip")] string PenilaiId, DateTimeOffset DitetapkanPada, int KoreksiKe, string? Alasan, string? StatusKepegawaian = null, string? NipAsn = null)
{
    /// <summary>For BKN's e-Kinerja, which takes ASN only: their NIP, or null for a non-ASN.</summary>
    public string? NipEKinerja => StatusKepegawaian == Kinerja.Contracts.IdPegawai.StatusNonAsn ? null : Kinerja.Contracts.IdPegawai.NipDari(PegawaiId, NipAsn);
}

/// <summary>The pegawai acknowledged the result as finalised or last corrected (<paramref name="KoreksiKe"/>); who and when are the event's own.</summary>
public sealed record HasilDibaca(Guid PenilaianId, int KoreksiKe);

/// <summary>The pegawai moved school before finalisation: the new school's principal rates from here.</summary>
public sealed record PenilaianDipindahkan(Guid PenilaianId, string NpsnLama, string NpsnBaru, string Wilayah, DateOnly BerlakuSejak);
