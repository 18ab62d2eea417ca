namespace Kinerja.DataPegawai.Impor;

/// <summary>
/// Imports waiting, per wilayah, served fairly: a wilayah runs one import at a time, and the next to run
/// is the oldest waiting job of the wilayah served longest ago. A province uploading all day cannot keep
/// another region's single file waiting behind it, and each wilayah may have only so many waiting
/// (<c>Impor:AntreanPerWilayah</c>); beyond that the upload is refused before it is spooled. An upload takes its
/// place (<see cref="TryPesan"/>) before its file is spooled, so parallel uploads of one wilayah cannot each spool a file
/// while only a few of them will ever run.
/// </summary>
public sealed class AntreanAdil<T>(int batasPerWilayah)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<T>> _menunggu = new(StringComparer.Ordinal);
    /// <summary>Wilayah in the order they are next served: served ones go to the back.</summary>
    private readonly List<string> _giliran = [];
    private readonly HashSet<string> _berjalan = new(StringComparer.Ordinal);
    /// <summary>Places taken by uploads still being spooled and checked.</summary>
    private readonly Dictionary<string, int> _dipesan = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sinyal = new(0);

    public int BatasPerWilayah => batasPerWilayah;

    /// <summary>Takes a place for a job of this wilayah, before its file is spooled; false when there is none.</summary>
    public bool TryPesan(string wilayah)
    {
        lock (_gate)
        {
            if (Terisi(wilayah) >= batasPerWilayah)
            {
                return false;
            }

            _dipesan[wilayah] = _dipesan.GetValueOrDefault(wilayah) + 1;
            return true;
        }
    }

    /// <summary>Gives back a place taken by <see cref="TryPesan"/> whose upload was refused, failed or aborted.</summary>
    public void BatalPesan(string wilayah)
    {
        lock (_gate)
        {
            LepasPesanan(wilayah);
        }
    }

    /// <summary>Queues the job of a place taken by <see cref="TryPesan"/>.</summary>
    public void Antre(string wilayah, T tugas)
    {
        lock (_gate)
        {
            LepasPesanan(wilayah);
            Masukkan(wilayah, tugas);
        }

        _sinyal.Release();
    }

    private void LepasPesanan(string wilayah)
    {
        if (_dipesan.GetValueOrDefault(wilayah) is > 1 and var n)
        {
            _dipesan[wilayah] = n - 1;
        }
        else
        {
            _dipesan.Remove(wilayah);
        }
    }

    /// <summary>Jobs of the wilayah taken, waiting or running; called under the lock.</summary>
    private int Terisi(string wilayah) =>
        _dipesan.GetValueOrDefault(wilayah) + (_menunggu.TryGetValue(wilayah, out var q) ? q.Count : 0) + (_berjalan.Contains(wilayah) ? 1 : 0);

    private void Masukkan(string wilayah, T tugas)
    {
        (_menunggu.TryGetValue(wilayah, out var q) ? q : _menunggu[wilayah] = new Queue<T>()).Enqueue(tugas);
        if (!_giliran.Contains(wilayah))
        {
            _giliran.Add(wilayah);
        }
    }

    /// <summary>Queues a job; false when its wilayah already has <see cref="BatasPerWilayah"/> waiting or running.</summary>
    public bool TryAntre(string wilayah, T tugas)
    {
        lock (_gate)
        {
            if (Terisi(wilayah) >= batasPerWilayah)
            {
                return false;
            }

            Masukkan(wilayah, tugas);
        }

        _sinyal.Release();
        return true;
    }

    /// <summary>Takes the next job that may run now; call <see cref="Selesai"/> with its wilayah when it ends.</summary>
    public async Task<(string Wilayah, T Tugas)> AmbilAsync(CancellationToken ct)
    {
        while (true)
        {
            if (TryAmbil(out var hasil))
            {
                return hasil;
            }

            await _sinyal.WaitAsync(ct);
        }
    }

    public bool TryAmbil(out (string Wilayah, T Tugas) hasil)
    {
        lock (_gate)
        {
            foreach (var wilayah in _giliran)
            {
                if (_berjalan.Contains(wilayah) || _menunggu[wilayah].Count == 0)
                {
                    continue;
                }

                _berjalan.Add(wilayah);
                _giliran.Remove(wilayah);
                _giliran.Add(wilayah);
                hasil = (wilayah, _menunggu[wilayah].Dequeue());
                return true;
            }
        }

        hasil = default;
        return false;
    }

    public void Selesai(string wilayah)
    {
        lock (_gate)
        {
            _berjalan.Remove(wilayah);
        }

        _sinyal.Release();
    }

    /// <summary>Everything still waiting (on shutdown: their spool files are removed).</summary>
    public IReadOnlyList<T> Kosongkan()
    {
        lock (_gate)
        {
            var semua = _menunggu.Values.SelectMany(q => q).ToList();
            foreach (var q in _menunggu.Values)
            {
                q.Clear();
            }

            return semua;
        }
    }
}
