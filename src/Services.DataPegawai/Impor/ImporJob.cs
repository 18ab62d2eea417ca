namespace Kinerja.DataPegawai.Impor;

using System.Text.Json.Serialization;
using Kinerja.DataPegawai.Pegawai;

public enum StatusImpor { Berjalan, Selesai, Gagal }

public sealed record BarisDitolak(int Baris, string Alasan);

/// <summary>One uploaded file's import: progress while it runs, the final counts after.</summary>
public sealed record ImporJob
{
    /// <summary>At most this many rejected rows are listed; <see cref="JumlahDitolak"/> counts them all.</summary>
    public const int DitolakDisimpan = 1000;

    public required Guid Id { get; init; }
    public required Sumber Sumber { get; init; }
    public StatusImpor Status { get; init; } = StatusImpor.Berjalan;
    /// <summary>The file's rows, counted when it was checked: progress is <see cref="Diproses"/> of these.</summary>
    public long JumlahBaris { get; init; }
    public long Diproses { get; init; }
    public long Diterima { get; init; }
    public long TidakBerubah { get; init; }
    public long JumlahDitolak { get; init; }
    public long EventDitambahkan { get; init; }
    public IReadOnlyList<BarisDitolak> Ditolak { get; init; } = [];
    public required string Oleh { get; init; }
    /// <summary>The operator's region; null for an admin.</summary>
    public string? Wilayah { get; init; }
    public required DateTimeOffset Mulai { get; init; }
    public DateTimeOffset? Selesai { get; init; }
    public string? Galat { get; init; }

    public ImporJob Tambah(HasilBatch hasil) => this with
    {
        Diproses = Diproses + hasil.Diterima + hasil.TidakBerubah + hasil.Ditolak.Count,
        Diterima = Diterima + hasil.Diterima,
        TidakBerubah = TidakBerubah + hasil.TidakBerubah,
        JumlahDitolak = JumlahDitolak + hasil.Ditolak.Count,
        EventDitambahkan = EventDitambahkan + hasil.Events,
        Ditolak = Ditolak.Count >= DitolakDisimpan ? Ditolak : [.. Ditolak, .. hasil.Ditolak.Take(DitolakDisimpan - Ditolak.Count)],
    };
}

public sealed record HasilBatch(int Diterima, int TidakBerubah, IReadOnlyList<BarisDitolak> Ditolak, int Events);

/// <summary>Who runs an import: their NIP for the audit trail, their wilayah (null: admin, everywhere).</summary>
public sealed record Pengunggah([property: JsonPropertyName("nip")] string PegawaiId, string? Wilayah, string? CorrelationId);
