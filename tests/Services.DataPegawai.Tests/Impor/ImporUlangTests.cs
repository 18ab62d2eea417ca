namespace Kinerja.DataPegawai.Tests.Impor;

using System.Text.Json;
using Kinerja.Testing;

public sealed class ImporUlangTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    [Fact]
    public async Task reimporting_unchanged_files_appends_no_event_and_a_changed_row_appends_one()
    {
        var data = new DataUji(api, "3204", seed: 21);
        var (dapodik, siasn, dukcapil, _) = data.Buat(120);
        await data.DaftarkanSekolahAsync(3);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        var sebelum = await api.JumlahSemuaEventAsync();

        var ulang = await data.ImporSemuaAsync(dapodik, siasn, dukcapil, "siasn", "dukcapil", "dapodik");

        Assert.Equal(sebelum, await api.JumlahSemuaEventAsync());
        Assert.Equal(0, ulang.GetProperty("diterima").GetInt64());
        Assert.Equal(0, ulang.GetProperty("eventDitambahkan").GetInt64());
        Assert.Equal(ulang.GetProperty("diproses").GetInt64(), ulang.GetProperty("tidakBerubah").GetInt64());

        // the same people, a few with a new NUPTK in Dapodik: one event each, nothing else
        var (dapodikBerubah, _, _, orang) = data.Buat(120, berubah: 0.05);
        var berubah = dapodikBerubah.Split('\n').Except(dapodik.Split('\n')).Count();
        Assert.InRange(berubah, 1, 20);

        var hasil = await data.ImporAsync("dapodik", dapodikBerubah);

        Assert.Equal(berubah, hasil.GetProperty("diterima").GetInt64());
        Assert.Equal(berubah, hasil.GetProperty("eventDitambahkan").GetInt64());
        Assert.Equal(sebelum + berubah, await api.JumlahSemuaEventAsync());

        // and back: the unchanged-row check reads the fingerprints of what is stored now, not of the first file
        var kembali = await data.ImporAsync("dapodik", dapodik);

        Assert.Equal(berubah, kembali.GetProperty("diterima").GetInt64());
        Assert.Equal(berubah, kembali.GetProperty("eventDitambahkan").GetInt64());
    }

    /// <summary>
    /// An older build kept the fingerprints only in each person's document. Its people re-import as unchanged, and gain
    /// the row the check reads, made from their document; a change is still seen.
    /// </summary>
    [Fact]
    public async Task people_stored_without_a_fingerprint_row_reimport_as_unchanged_and_gain_one()
    {
        var data = new DataUji(api, "3204", seed: 23);
        var (dapodik, siasn, dukcapil, orang) = data.Buat(60);
        await data.DaftarkanSekolahAsync(2);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        string[] ids = [.. orang.Select(o => o.Nip)];
        Assert.Equal(ids.Length, await HitungAsync("with d as (delete from sidik_pegawai where id = any($1) returning 1) select count(*) from d", ids));
        var sebelum = await api.JumlahSemuaEventAsync();

        foreach (var (sumber, isi) in new[] { ("dapodik", dapodik), ("siasn", siasn) })
        {
            var job = await data.ImporAsync(sumber, isi);
            Assert.Equal(job.GetProperty("diproses").GetInt64(), job.GetProperty("tidakBerubah").GetInt64());
            Assert.Equal(0, job.GetProperty("eventDitambahkan").GetInt64());
        }

        Assert.Equal(sebelum, await api.JumlahSemuaEventAsync());
        // each person's fingerprints now have their row, equal to what the person's document says
        Assert.Equal(ids.Length, await HitungAsync("""
            select count(*) from sidik_pegawai s join mt_doc_pegawai p on p.id = s.id
            where s.id = any($1) and s.dapodik is not distinct from p.data->'dapodik'->>'hash'
              and s.wilayah = p.data->>'wilayah' and s.siasn is not distinct from p.data->'siasn'->>'hash'
            """, ids));

        var (dapodikBerubah, _, _, _) = data.Buat(60, berubah: 0.1);
        var berubah = dapodikBerubah.Split('\n').Except(dapodik.Split('\n')).Count();
        Assert.InRange(berubah, 1, 20);
        Assert.Equal(berubah, (await data.ImporAsync("dapodik", dapodikBerubah)).GetProperty("diterima").GetInt64());
    }

    private async Task<long> HitungAsync(string sql, string[] ids)
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task a_json_array_imports_like_csv_and_keeps_an_18_digit_nip_given_as_a_number()
    {
        var data = new DataUji(api, "3204", seed: 22);
        await data.DaftarkanSekolahAsync(0);
        var json = """
            [{"nik":"3204010101800001","nip":198001012005011001,"nuptk":"","nama":"Budi Santoso","tanggal_lahir":"1980-01-01",
              "jenis_kelamin":"L","npsn":"20000000","jenis_ptk":"guru"}]
            """;

        var job = await data.ImporAsync("dapodik", json, "application/json");

        Assert.Equal(1, job.GetProperty("diterima").GetInt64());
        var pegawai = await data.PegawaiAsync("198001012005011001");
        Assert.Equal("20000000", pegawai.GetProperty("npsn").GetString());
    }
}

/// <summary>DataPegawai importing two rows per batch: rows to apply wait across batches for two of them.</summary>
public sealed class DataPegawaiApiBatchKecil(Infrastructure infra) : DataPegawaiApi(infra)
{
    protected override Dictionary<string, string?> Pengaturan => new() { ["Impor:UkuranBatch"] = "2" };
}

public sealed class ImporBerurutanTests(DataPegawaiApiBatchKecil api) : IClassFixture<DataPegawaiApiBatchKecil>
{
    /// <summary>
    /// A file that changes a person and, in the next batch or the same one, changes them back. The change is not yet
    /// stored when the second row is checked, which must not compare it with what is stored: both rows are applied, in
    /// order, and the person ends as the last row says.
    /// </summary>
    [Theory]
    [InlineData(false, 24)]
    [InlineData(true, 25)]
    public async Task a_row_after_a_waiting_change_of_the_same_person_is_applied_after_it(bool satuBatch, int seed)
    {
        var data = new DataUji(api, "3204", seed);
        var (dapodik, _, _, _) = data.Buat(6);
        await data.DaftarkanSekolahAsync(1);
        await data.ImporAsync("dapodik", dapodik);
        var (berubah, _, _, _) = data.Buat(6, berubah: 1);
        var asli = dapodik.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var baru = berubah.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var i = Enumerable.Range(1, asli.Length - 1).First(i => asli[i] != baru[i]);
        var lain = asli.Skip(1).Where((_, j) => j + 1 != i).ToList();
        Assert.True(lain.Count >= 2);

        // batches of two: [the change, another person unchanged], [the change back, another unchanged], the rest; or
        // [the change, the change back] in one batch
        string[] baris = satuBatch ? [asli[0], baru[i], asli[i], .. lain] : [asli[0], baru[i], lain[0], asli[i], .. lain.Skip(1)];
        var job = await data.ImporAsync("dapodik", string.Join('\n', baris) + "\n");

        Assert.Equal(2, job.GetProperty("diterima").GetInt64());
        Assert.Equal(lain.Count, job.GetProperty("tidakBerubah").GetInt64());
        var (nip, nuptk) = (asli[i].Split(',')[1], asli[i].Split(',')[2]);
        Assert.Equal(nuptk, (await data.PegawaiAsync(nip)).GetProperty("nuptk").GetString());
    }
}
