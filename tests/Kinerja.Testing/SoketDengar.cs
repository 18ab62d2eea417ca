namespace Kinerja.Testing;

using System.Globalization;
using System.Net;

/// <summary>What listens on this machine (<c>/proc/net/tcp</c> and <c>tcp6</c>), and which process owns it: for the tests that nothing listens beyond loopback.</summary>
public static class SoketDengar
{
    public sealed record Pendengar(IPAddress Alamat, int Port, long Inode)
    {
        public bool Loopback => IPAddress.IsLoopback(Alamat);

        public override string ToString() => $"{Alamat}:{Port}";
    }

    /// <summary>Every listening TCP socket of the machine.</summary>
    public static IReadOnlyList<Pendengar> Semua() =>
        [.. Baca("/proc/net/tcp", ipv6: false), .. Baca("/proc/net/tcp6", ipv6: true)];

    /// <summary>The listening sockets owned by these processes or any process below them.</summary>
    public static IReadOnlyList<Pendengar> MilikPohon(params int[] akar)
    {
        var inode = Keturunan(akar).SelectMany(InodeSoket).ToHashSet();
        return Semua().Where(s => inode.Contains(s.Inode)).ToList();
    }

    private static IEnumerable<Pendengar> Baca(string path, bool ipv6)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f[3] != "0A")
            {
                continue; // not LISTEN
            }

            var (hex, port) = (f[1].Split(':')[0], int.Parse(f[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var bytes = Convert.FromHexString(hex);
            // the kernel prints each 32-bit word in host (little-endian) order
            for (var i = 0; i < bytes.Length; i += 4)
            {
                Array.Reverse(bytes, i, 4);
            }

            yield return new Pendengar(new IPAddress(ipv6 ? bytes : bytes[..4]), port, long.Parse(f[9], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Every process of the machine and its parent (the 2nd field after the command's closing parenthesis in <c>stat</c>).</summary>
    public static IReadOnlyDictionary<int, int> Induk()
    {
        var induk = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    induk[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // gone meanwhile
                }
            }
        }

        return induk;
    }

    private static HashSet<int> Keturunan(int[] akar)
    {
        var induk = Induk();
        var hasil = new HashSet<int>(akar);
        for (var tambah = true; tambah;)
        {
            tambah = false;
            foreach (var (pid, ppid) in induk)
            {
                tambah |= hasil.Contains(ppid) && hasil.Add(pid);
            }
        }

        return hasil;
    }

    private static IEnumerable<long> InodeSoket(int pid)
    {
        string[] fds;
        try
        {
            fds = Directory.GetFiles($"/proc/{pid}/fd");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var fd in fds)
        {
            string? target = null;
            try
            {
                target = new FileInfo(fd).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }

            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                yield return long.Parse(target[8..^1], CultureInfo.InvariantCulture);
            }
        }
    }
}
