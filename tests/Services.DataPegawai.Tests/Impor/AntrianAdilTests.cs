using Kinerja.DataPegawai.Impor;

namespace Kinerja.DataPegawai.Tests.Impor;

/// <summary>The import queue's rules, without a database: each wilayah in turn, one at a time, bounded.</summary>
public sealed class AntrianAdilTests
{
    [Fact]
    public void a_busy_wilayah_does_not_keep_another_waiting_behind_it()
    {
        var antrian = new AntrianAdil<string>(batasPerWilayah: 3);
        Assert.True(antrian.TryAntre("3273", "A1"));
        Assert.True(antrian.TryAntre("3273", "A2"));
        Assert.True(antrian.TryAntre("3273", "A3"));
        Assert.True(antrian.TryAntre("3204", "B1"));

        var diambil = new List<string>();
        while (antrian.TryAmbil(out var berikut))
        {
            diambil.Add(berikut.Tugas);
            // two workers: the first job keeps running while the second worker takes the next one
            if (diambil.Count >= 2)
            {
                antrian.Selesai("3273");
                antrian.Selesai("3204");
            }
        }

        Assert.Equal(["A1", "B1", "A2", "A3"], diambil);
    }

    [Fact]
    public void a_wilayah_runs_one_import_at_a_time_and_may_have_only_so_many_waiting()
    {
        var antrian = new AntrianAdil<string>(batasPerWilayah: 2);
        Assert.True(antrian.TryAntre("3273", "A1"));
        Assert.True(antrian.TryAmbil(out var pertama));
        Assert.Equal("A1", pertama.Tugas);
        Assert.True(antrian.TryAntre("3273", "A2"));

        Assert.False(antrian.TryPesan("3273"));
        Assert.False(antrian.TryAntre("3273", "A3"));
        Assert.False(antrian.TryAmbil(out _));
        Assert.True(antrian.TryPesan("3204"));
        antrian.BatalPesan("3204");

        antrian.Selesai("3273");
        Assert.True(antrian.TryAmbil(out var kedua));
        Assert.Equal("A2", kedua.Tugas);
        Assert.Empty(antrian.Kosongkan());
    }

    [Fact]
    public void an_upload_takes_its_place_before_it_is_spooled_and_gives_it_back_when_refused()
    {
        var antrian = new AntrianAdil<string>(batasPerWilayah: 2);
        Assert.True(antrian.TryPesan("3273"));
        Assert.True(antrian.TryPesan("3273"));

        // two uploads still spooling hold both places: a third is refused at once, a job of another wilayah is not
        Assert.False(antrian.TryPesan("3273"));
        Assert.False(antrian.TryAntre("3273", "X"));
        Assert.True(antrian.TryAntre("3204", "B1"));

        antrian.BatalPesan("3273");
        antrian.Antre("3273", "A1");
        Assert.True(antrian.TryPesan("3273"));
        Assert.False(antrian.TryPesan("3273"));
        Assert.True(antrian.TryAmbil(out var pertama));
        Assert.True(antrian.TryAmbil(out var kedua));
        Assert.Equal(["A1", "B1"], new[] { pertama.Tugas, kedua.Tugas }.Order());
    }
}
