namespace Kinerja.DataPegawai.Tests.Pegawai;

using Kinerja.Testing;
using Npgsql;

/// <summary>
/// The indexes Program.cs declares on the pegawai read model exist in the database: without the NIK index
/// every import batch's lookup was a sequential scan that grew with the table (issue 14 found none of them).
/// </summary>
public sealed class IndeksTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    [Fact]
    public async Task the_declared_indexes_of_the_pegawai_read_model_exist_after_start()
    {
        _ = api.Server;
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select indexdef from pg_indexes where tablename = 'mt_doc_pegawai'", connection);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var kolom in new[] { "nik", "wilayah", "npsn", "status" })
        {
            Assert.True(indexes.Any(i => i.Contains($"'{kolom}'", StringComparison.OrdinalIgnoreCase)),
                $"no index on {kolom}; mt_doc_pegawai has: {string.Join(" | ", indexes)}");
        }
    }
}
