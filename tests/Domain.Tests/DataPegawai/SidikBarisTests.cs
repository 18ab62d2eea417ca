namespace Kinerja.Domain.Tests.DataPegawai;

using System.Security.Cryptography;
using System.Text;
using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Impor;
using Kinerja.DataPegawai.Pegawai;

/// <summary>
/// A row's fingerprint is what every stored row is compared with on a re-import: however it is computed, it must stay
/// the HMAC-SHA256 of the fields joined by U+001F under the deployment's key, or every unchanged row would count as changed.
/// </summary>
public class SidikBarisTests
{
    private const string Kunci = "kunci-sidik-untuk-pengujian-minimal-32-karakter";

    private static readonly RekamanDukcapil Dukcapil = new("3273015503850001", "Siti Aminah", new DateOnly(1985, 3, 15), JenisKelamin.P, "Ibu Siti", "");

    private static string Diharapkan(string kunci, string teks) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(kunci), Encoding.UTF8.GetBytes(teks)), 0, 16);

    [Fact]
    public void the_fingerprint_is_the_keyed_hmac_of_the_joined_fields_the_same_on_every_call()
    {
        var sidik = new SidikBaris(Kunci);
        var harapan = Diharapkan(Kunci, "3273015503850001\u001fSiti Aminah\u001f1985-03-15\u001fP\u001fIbu Siti");

        Assert.Equal(harapan, sidik.Hitung(Dukcapil.Bidang()));
        // the context is reused between rows: a second row and then the first again give their own fingerprints
        Assert.NotEqual(harapan, sidik.Hitung((Dukcapil with { NamaIbuKandung = "Ibu Sita" }).Bidang()));
        Assert.Equal(harapan, sidik.Hitung(Dukcapil.Bidang()));
        Assert.NotEqual(harapan, new SidikBaris(Kunci + "-lain").Hitung(Dukcapil.Bidang()));
    }

    [Fact]
    public void a_missing_field_is_empty_text_and_names_keep_their_utf8_however_long()
    {
        var sidik = new SidikBaris(Kunci);
        // longer than the buffer the fingerprint starts with, so it grows in the middle of a row
        var panjang = string.Concat(Enumerable.Repeat("Ñoño Ğüzel 王 ", 60));
        var siasn = new RekamanSiasn("198001012005011001", "3273010101800001", panjang, new DateOnly(1980, 1, 1), JenisKelamin.L, "PNS",
            "Guru Ahli Muda", "AhliMuda", "III/c", "UNOR-1", NpsnUnor: null, "Pemkot Bandung", "3273", "");

        var harapan = Diharapkan(Kunci, string.Join('\u001f', "198001012005011001", "3273010101800001", panjang, "1980-01-01", "L", "PNS",
            "Guru Ahli Muda", "AhliMuda", "III/c", "UNOR-1", "", "Pemkot Bandung", "3273"));

        Assert.Equal(harapan, sidik.Hitung(siasn.Bidang()));
        // and the next, short row is not mixed with what the long one left in the buffer
        Assert.Equal(Diharapkan(Kunci, "3273015503850001\u001fSiti Aminah\u001f1985-03-15\u001fP\u001fIbu Siti"), sidik.Hitung(Dukcapil.Bidang()));
    }

    [Fact]
    public void a_row_stored_with_the_unkeyed_digest_of_before_the_key_still_matches()
    {
        var teks = "3273015503850001\u001fSiti Aminah\u001f1985-03-15\u001fP\u001fIbu Siti";
        var lama = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(teks)), 0, 16);
        var baru = Dukcapil with { Hash = new SidikBaris(Kunci).Hitung(Dukcapil.Bidang()) };

        Assert.True(SidikBaris.Cocok(baru, lama));
        Assert.False(SidikBaris.Cocok(baru with { NamaIbuKandung = "Ibu Sita", Hash = "" }, lama));
    }

    [Fact]
    public async Task rows_fingerprinted_on_many_threads_at_once_each_get_their_own()
    {
        var sidik = new SidikBaris(Kunci);
        var hasil = await Task.WhenAll(Enumerable.Range(0, 16).Select(t => Task.Run(() => Enumerable.Range(0, 500)
            .Select(i => (Nama: $"Guru {t}-{i}", Sidik: sidik.Hitung((Dukcapil with { Nama = $"Guru {t}-{i}" }).Bidang())))
            .ToList())));

        Assert.All(hasil.SelectMany(h => h), h =>
            Assert.Equal(Diharapkan(Kunci, $"3273015503850001\u001f{h.Nama}\u001f1985-03-15\u001fP\u001fIbu Siti"), h.Sidik));
    }
}
