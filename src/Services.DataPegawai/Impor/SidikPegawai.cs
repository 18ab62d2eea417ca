namespace Kinerja.DataPegawai.Impor;

using Kinerja.DataPegawai.Pegawai;
using Marten;
using Weasel.Postgresql.Tables;

/// <summary>
/// The fingerprints of the Dapodik and SI-ASN rows a person's data came from, and their wilayah, in a narrow table of
/// their own: what a re-import's unchanged-row check reads (<see cref="PemeriksaSidik"/>). Read out of each person's
/// document, the check decompressed a few kilobytes of jsonb for every row, and Dapodik and SI-ASN took twice as long
/// as Dukcapil, whose lookup documents are small. Written with the person's document (<see cref="ProyeksiPegawai"/>)
/// whenever one of these fields changes, in one statement per batch.
/// </summary>
public sealed record SidikPegawai(string Id, string? Dapodik, string? Wilayah, string? Siasn)
{
    public const string Tabel = "sidik_pegawai";

    public static SidikPegawai Dari(Pegawai p) => new(p.Id, p.Dapodik?.Hash, p.Wilayah, p.Siasn?.Hash);

    /// <summary>The table, created and kept by Marten's schema migration with the documents' tables.</summary>
    public static Table Definisi(string schema)
    {
        var table = new Table($"{schema}.{Tabel}");
        table.AddColumn<string>("id").AsPrimaryKey();
        table.AddColumn<string>("dapodik");
        table.AddColumn<string>("wilayah");
        table.AddColumn<string>("siasn");
        return table;
    }

    public static void Simpan(IDocumentOperations session, IReadOnlyList<SidikPegawai> sidik) =>
        session.QueueSqlCommand($"""
            insert into {Tabel} (id, dapodik, wilayah, siasn) select * from unnest(?, ?, ?, ?)
            on conflict (id) do update set dapodik = excluded.dapodik, wilayah = excluded.wilayah, siasn = excluded.siasn
            """,
            sidik.Select(s => s.Id).ToArray(), sidik.Select(s => s.Dapodik).ToArray(), sidik.Select(s => s.Wilayah).ToArray(),
            sidik.Select(s => s.Siasn).ToArray());
}
