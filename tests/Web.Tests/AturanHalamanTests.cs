namespace Kinerja.Web.Tests;

using Kinerja.Klien;
using Kinerja.Web.Components.UI;

/// <summary>The pages' small rules that need no browser: rows added and removed, a confirmation only while it is news, the cascade's block.</summary>
public sealed class AturanHalamanTests
{
    public sealed record Baris(string Isi)
    {
        public Baris()
            : this("")
        {
        }
    }

    [Fact]
    public void tambah_adds_one_row_up_to_the_limit_and_hapus_removes_only_the_row_named()
    {
        List<Baris> baris = [];
        Assert.True(UbahBaris.Terapkan(UbahBaris.Tambah, baris, 3));
        // an empty list is drawn as one row: Tambah makes it two
        Assert.Equal(2, baris.Count);
        Assert.True(UbahBaris.Terapkan(UbahBaris.Tambah, baris, 3));
        Assert.True(UbahBaris.Terapkan(UbahBaris.Tambah, baris, 3));
        Assert.Equal(3, baris.Count);

        baris = [new("a"), new("b"), new("c")];
        Assert.True(UbahBaris.Terapkan(UbahBaris.Hapus(1), baris, 3));
        Assert.Equal([new("a"), new("c")], baris);
        Assert.True(UbahBaris.Terapkan("hapus-9", baris, 3));
        Assert.Equal(2, baris.Count);
        Assert.False(UbahBaris.Terapkan(null, baris, 3));
        Assert.Equal(1, UbahBaris.Jumlah(new List<Baris>()));
    }

    [Theory]
    [InlineData("Persiapan", "KonfirmasiJadwal", true)]
    [InlineData("Refleksi", "KonfirmasiRefleksi", true)]
    [InlineData("KonfirmasiRefleksi", "Selesai", true)]
    // the address still says ?berhasil=Persiapan after the other side moved on: old news is not repeated
    [InlineData("Persiapan", "UpayaTindakLanjut", false)]
    [InlineData("bukan-tahap", "Observasi", false)]
    public void a_cycle_step_is_confirmed_only_while_the_cycle_is_where_it_left_it(string tahap, string kini, bool dikonfirmasi) =>
        Assert.Equal(dikonfirmasi, Teks.KonfirmasiSiklus(tahap, kini, giliranSaya: false, "Budi") is not null);

    [Fact]
    public void the_cascade_blocks_only_while_required_and_no_principals_plan_is_agreed()
    {
        RencanaAtasan Rencana(string status) => new(Guid.NewGuid(), status, []);
        Assert.True(new RhkAtasanTersedia(true, "", []).Menghalangi);
        Assert.True(new RhkAtasanTersedia(true, "", [Rencana("Diajukan")]).Menghalangi);
        Assert.False(new RhkAtasanTersedia(true, "", [Rencana("Draf"), Rencana("Disepakati")]).Menghalangi);
        Assert.False(new RhkAtasanTersedia(false, "", []).Menghalangi);
    }
}
