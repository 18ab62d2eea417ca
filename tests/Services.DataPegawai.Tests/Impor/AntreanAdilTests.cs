namespace Kinerja.DataPegawai.Tests.Impor;

using Kinerja.DataPegawai.Impor;

/// <summary>The import queue's rules, without a database: each wilayah in turn, one at a time, bounded.</summary>
public sealed class AntreanAdilTests
{
    [Fact]
    public void a_busy_wilayah_does_not_keep_another_waiting_behind_it()
    {
        var antrean = new AntreanAdil<string>(batasPerWilayah: 3);
        Assert.True(antrean.TryAntre("3273", "A1"));
        Assert.True(antrean.TryAntre("3273", "A2"));
        Assert.True(antrean.TryAntre("3273", "A3"));
        Assert.True(antrean.TryAntre("3204", "B1"));

        var diambil = new List<string>();
        while (antrean.TryAmbil(out var berikut))
        {
            diambil.Add(berikut.Tugas);
            // two workers: the first job keeps running while the second worker takes the next one
            if (diambil.Count >= 2)
            {
                antrean.Selesai("3273");
                antrean.Selesai("3204");
            }
        }

        Assert.Equal(["A1", "B1", "A2", "A3"], diambil);
    }

    [Fact]
    public void a_wilayah_runs_one_import_at_a_time_and_may_have_only_so_many_waiting()
    {
        var antrean = new AntreanAdil<string>(batasPerWilayah: 2);
        Assert.True(antrean.TryAntre("3273", "A1"));
        Assert.True(antrean.TryAmbil(out var pertama));
        Assert.Equal("A1", pertama.Tugas);
        Assert.True(antrean.TryAntre("3273", "A2"));

        Assert.False(antrean.TryPesan("3273"));
        Assert.False(antrean.TryAntre("3273", "A3"));
        Assert.False(antrean.TryAmbil(out _));
        Assert.True(antrean.TryPesan("3204"));
        antrean.BatalPesan("3204");

        antrean.Selesai("3273");
        Assert.True(antrean.TryAmbil(out var kedua));
        Assert.Equal("A2", kedua.Tugas);
        Assert.Empty(antrean.Kosongkan());
    }

    [Fact]
    public void an_upload_takes_its_place_before_it_is_spooled_and_gives_it_back_when_refused()
    {
        var antrean = new AntreanAdil<string>(batasPerWilayah: 2);
        Assert.True(antrean.TryPesan("3273"));
        Assert.True(antrean.TryPesan("3273"));

        // two uploads still spooling hold both places: a third is refused at once, a job of another wilayah is not
        Assert.False(antrean.TryPesan("3273"));
        Assert.False(antrean.TryAntre("3273", "X"));
        Assert.True(antrean.TryAntre("3204", "B1"));

        antrean.BatalPesan("3273");
        antrean.Antre("3273", "A1");
        Assert.True(antrean.TryPesan("3273"));
        Assert.False(antrean.TryPesan("3273"));
        Assert.True(antrean.TryAmbil(out var pertama));
        Assert.True(antrean.TryAmbil(out var kedua));
        Assert.Equal(["A1", "B1"], new[] { pertama.Tugas, kedua.Tugas }.Order());
    }
}
