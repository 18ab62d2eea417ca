namespace Kinerja.DataPegawai.Tests.Impor;

using Kinerja.DataPegawai.Impor;
using Microsoft.Extensions.Configuration;

public sealed class FolderSpoolTests
{
    /// <summary>
    /// CI failed 4 fixtures on this: every instance starting on the machine removes the folders of dead processes,
    /// so two starting together both try to remove the same one, and the second found it gone.
    /// </summary>
    [Fact]
    public async Task instances_starting_together_each_get_their_folder_and_a_dead_processes_folder_is_gone()
    {
        var induk = Path.Combine(Path.GetTempPath(), "kinerja-tests", $"spool-{Guid.NewGuid():n}"[..18]);
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var mati = Directory.CreateDirectory(Path.Combine(induk, $"99999{i}-mati")).FullName;
                for (var f = 0; f < 50; f++)
                {
                    await File.WriteAllTextAsync(Path.Combine(mati, $"{f}.csv"), "nik\n3273010101800001\n");
                }
            }

            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Impor:Folder"] = induk }).Build();
            var spools = Enumerable.Range(0, 8).Select(_ => new FolderSpool(config)).ToList();

            await Task.WhenAll(spools.Select(s => Task.Run(s.Siapkan)));

            Assert.Equal(spools.Select(s => s.Folder).Order(), Directory.GetDirectories(induk).Order());
        }
        finally
        {
            Directory.Delete(induk, recursive: true);
        }
    }
}
