namespace Kinerja.DataPegawai.Impor;

using Kinerja.Contracts;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;

/// <summary>What is stored about the people and schools a batch of rows touches, as the shell loaded it.</summary>
/// <param name="SiasnPerNik">Which NIPs SI-ASN holds each NIK under.</param>
public sealed record FaktaTersimpan(
    IReadOnlyCollection<Pegawai> Pegawai,
    IReadOnlyCollection<SumberDukcapil> Dukcapil,
    IReadOnlyCollection<SumberSiasn> Siasn,
    IReadOnlyDictionary<string, Sekolah> Sekolah);

/// <summary>One person's new events: appended at <paramref name="VersiAwal"/> (null: a new stream), and the state after them.</summary>
public sealed record PerubahanPegawai(string Id, long? VersiAwal, Pegawai Sebelum, IReadOnlyList<object> Events);

/// <summary>What a batch decided: the people's new events, the lookup documents to store, and the counts.</summary>
public sealed record HasilRekonsiliasi(
    IReadOnlyList<PerubahanPegawai> Perubahan,
    IReadOnlyList<object> Dokumen,
    int Diterima,
    int TidakBerubah,
    IReadOnlyList<BarisDitolak> Ditolak)
{
    public int JumlahEvents => Perubahan.Sum(p => p.Events.Count);
}

/// <summary>
/// The import's rules, pure: rows of one source and the stored facts in, events and rejections out. A row that says
/// what is already recorded appends nothing; a row of another wilayah than the operator's is refused; each person is
/// reconciled again (<see cref="Pegawai.Terima"/>) whenever one of their sources speaks. Rows are applied in order,
/// so a later row of the same person sees what an earlier one decided. <see cref="PemrosesBatch"/> loads the facts
/// and writes the result; the cases are in <c>tests/Domain.Tests/DataPegawai/RekonsiliasiTests.cs</c>.
/// </summary>
public sealed class Rekonsiliasi
{
    private readonly Dictionary<string, Pegawai> _pegawai = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Pegawai> _awal = new(StringComparer.Ordinal);
    // who carries each NIK, kept with _pegawai: scanning every person of the batch for each row made a batch's
    // decision quadratic (perf on a first import, issue 27); the order is _pegawai's, the order people came in
    private readonly Dictionary<string, List<string>> _perNik = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _urutan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<object>> _baru = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SumberDukcapil> _dukcapil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _siasnPerNik = new(StringComparer.Ordinal);
    private readonly List<object> _dokumen = [];
    private readonly List<BarisDitolak> _ditolak = [];
    private readonly IReadOnlyDictionary<string, Sekolah> _sekolah;
    private readonly Pengunggah _pelaku;
    private readonly DateOnly _hariIni;
    private int _diterima;
    private int _tidakBerubah;

    private Rekonsiliasi(FaktaTersimpan fakta, Pengunggah pelaku, DateOnly hariIni)
    {
        foreach (var p in fakta.Pegawai)
        {
            Simpan(p.Id, p);
            _awal[p.Id] = p;
        }

        foreach (var d in fakta.Dukcapil)
        {
            _dukcapil[d.Id] = d;
        }

        foreach (var s in fakta.Siasn)
        {
            SiasnDi(s.Nik).Add(s.Id);
        }

        _sekolah = fakta.Sekolah;
        _pelaku = pelaku;
        _hariIni = hariIni;
    }

    public static HasilRekonsiliasi Putuskan(FaktaTersimpan fakta, IEnumerable<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku, DateOnly hariIni)
    {
        var r = new Rekonsiliasi(fakta, pelaku, hariIni);
        foreach (var (baris, rekaman) in rows)
        {
            var alasan = rekaman switch
            {
                RekamanDapodik d => r.Dapodik(d),
                RekamanSiasn s => r.Siasn(s),
                RekamanDukcapil c => r.Dukcapil(c),
                _ => "Baris tidak dikenal.",
            };
            if (alasan is not null)
            {
                r._ditolak.Add(new BarisDitolak(baris, alasan));
            }
        }

        var perubahan = r._baru.Select(b => r._awal.TryGetValue(b.Key, out var awal)
            ? new PerubahanPegawai(b.Key, awal.Version, awal, b.Value)
            : new PerubahanPegawai(b.Key, null, new Pegawai { Id = b.Key }, b.Value)).ToList();
        return new HasilRekonsiliasi(perubahan, r._dokumen, r._diterima, r._tidakBerubah, r._ditolak);
    }

    /// <summary>The NIPs and NIKs a batch's rows name: whom the shell loads.</summary>
    public static (string[] Ids, string[] Niks) Kunci(IEnumerable<IRekaman> rows)
    {
        var list = rows.ToList();
        var niks = list.Select(r => r switch
        {
            RekamanDapodik d => d.Nik,
            RekamanSiasn s => s.Nik,
            RekamanDukcapil c => c.Nik,
            _ => "",
        }).Distinct().ToArray();
        var ids = list.SelectMany(IdDisebut).Distinct().ToArray();
        return (ids, niks);
    }

    /// <summary>The pegawai ids a row names: a Dapodik row's person may be the non-ASN stream of its NUPTK (<see cref="IdDapodik"/>).</summary>
    public static IEnumerable<string> IdDisebut(IRekaman rekaman) => rekaman switch
    {
        RekamanDapodik d => d.Nuptk is { } n ? [d.IdPegawai, IdPegawai.NonAsn(n)] : [d.IdPegawai],
        RekamanSiasn s => [s.Nip],
        _ => [],
    };

    private HashSet<string> SiasnDi(string nik) =>
        _siasnPerNik.TryGetValue(nik, out var set) ? set : _siasnPerNik[nik] = new HashSet<string>(StringComparer.Ordinal);

    private string? NipSiasnLain(Pegawai? p, string nip, string? nik) =>
        p?.Siasn is not null || nik is null ? null : SiasnDi(nik).FirstOrDefault(n => n != nip);

    private List<Pegawai> DenganNik(string nik) =>
        _perNik.TryGetValue(nik, out var ids) ? [.. ids.OrderBy(id => _urutan[id]).Select(id => _pegawai[id])] : [];

    private void Simpan(string id, Pegawai p)
    {
        if (_pegawai.TryGetValue(id, out var lama))
        {
            if (lama.Nik is { } nikLama && nikLama != p.Nik)
            {
                _perNik[nikLama].Remove(id);
            }
        }
        else
        {
            _urutan[id] = _urutan.Count;
        }

        if (p.Nik is { } nik && lama?.Nik != nik)
        {
            (_perNik.TryGetValue(nik, out var ids) ? ids : _perNik[nik] = []).Add(id);
        }

        _pegawai[id] = p;
    }

    private void Ubah(string nip, object? data)
    {
        var kini = _pegawai.GetValueOrDefault(nip);
        var nik = data switch
        {
            DataDapodikDiterima d => d.Data.Nik,
            DataSiasnDiterima s => kini?.Nik ?? s.Data.Nik,
            _ => kini?.Nik,
        };
        var events = Pegawai.Terima(kini, nip, data, NipSiasnLain(data is DataSiasnDiterima ? null : kini, nip, nik), _hariIni);
        if (events.Count == 0)
        {
            return;
        }

        Simpan(nip, (kini ?? new Pegawai { Id = nip }).Lanjut(events));
        (_baru.TryGetValue(nip, out var list) ? list : _baru[nip] = []).AddRange(events);

        // Dukcapil may have spoken before anyone named this NIK: bring it in now
        if (_pegawai[nip].Nik is { } k && _dukcapil.TryGetValue(k, out var dc) && !SidikBaris.Sama(_pegawai[nip].Dukcapil, dc.Data))
        {
            Ubah(nip, new DataDukcapilDiterima(nip, dc.Data));
        }
    }

    /// <summary>The row's stream: once a non-ASN teacher's, always theirs, also after Dapodik gives them a NIP.</summary>
    private string IdDapodik(RekamanDapodik d) =>
        d.Nuptk is { } n && _pegawai.ContainsKey(IdPegawai.NonAsn(n)) ? IdPegawai.NonAsn(n) : d.IdPegawai;

    private string? Dapodik(RekamanDapodik d)
    {
        if (_sekolah.GetValueOrDefault(d.Npsn) is not { } sekolah)
        {
            return $"npsn: sekolah {d.Npsn} belum terdaftar; daftarkan dahulu (PUT /api/sekolah/{d.Npsn}).";
        }

        if (_pelaku.Wilayah is { } w && sekolah.Wilayah != w)
        {
            return $"Sekolah {d.Npsn} berada di wilayah {sekolah.Wilayah}, di luar wilayah operator ({w}).";
        }

        var id = IdDapodik(d);
        var kini = _pegawai.GetValueOrDefault(id);
        if (DiWilayahLain(kini) is { } alasan)
        {
            return alasan;
        }

        if (SidikBaris.Sama(kini?.Dapodik, d) && kini!.Wilayah == sekolah.Wilayah)
        {
            _tidakBerubah++;
            return null;
        }

        Ubah(id, new DataDapodikDiterima(id, d, sekolah.Wilayah));
        _diterima++;
        return null;
    }

    private string? Siasn(RekamanSiasn s)
    {
        if (_pelaku.Wilayah is { } w && s.Wilayah != w)
        {
            return $"Instansi wilayah {s.Wilayah} di luar wilayah operator ({w}).";
        }

        // a non-ASN teacher who became PPPK: SI-ASN's first record of them joins their stream (found by NIK),
        // which keeps its id, so their plan and history stay theirs; they gain a NIP
        var id = _pegawai.ContainsKey(s.Nip)
            ? s.Nip
            : DenganNik(s.Nik).FirstOrDefault(p => IdPegawai.AdalahNonAsn(p.Id) && (p.Siasn is null || p.Siasn.Nip == s.Nip))?.Id ?? s.Nip;
        var kini = _pegawai.GetValueOrDefault(id);
        if (DiWilayahLain(kini) is { } alasan)
        {
            return alasan;
        }

        if (SidikBaris.Sama(kini?.Siasn, s))
        {
            _tidakBerubah++;
            return null;
        }

        _dokumen.Add(new SumberSiasn(s.Nip, s.Nik));
        SiasnDi(s.Nik).Add(s.Nip);
        Ubah(id, new DataSiasnDiterima(id, s));
        // a Dapodik person with this NIK under another NIP now has a NIP mismatch rather than "missing in SI-ASN"
        foreach (var lain in DenganNik(s.Nik).Where(p => p.Id != id && p.Siasn is null && (_pelaku.Wilayah is null || p.Wilayah == _pelaku.Wilayah)))
        {
            Ubah(lain.Id, null);
        }

        _diterima++;
        return null;
    }

    private string? Dukcapil(RekamanDukcapil c)
    {
        var orang = DenganNik(c.Nik);
        var wilayah = orang.Select(p => p.Wilayah).FirstOrDefault(w => w is not null) ?? c.Nik[..4];
        if (_pelaku.Wilayah is { } w && (wilayah != w || orang.Any(p => p.Wilayah is not null && p.Wilayah != w)))
        {
            return $"Baris NIK ini tentang pegawai di luar wilayah operator ({w}).";
        }

        if (_dukcapil.TryGetValue(c.Nik, out var ada) && SidikBaris.Sama(ada.Data, c))
        {
            _tidakBerubah++;
            return null;
        }

        var doc = new SumberDukcapil(c.Nik, c);
        _dukcapil[c.Nik] = doc;
        _dokumen.Add(doc);
        foreach (var p in orang)
        {
            Ubah(p.Id, new DataDukcapilDiterima(p.Id, c));
        }

        _diterima++;
        return null;
    }

    /// <summary>
    /// A pegawai recorded in one wilayah is that wilayah's: another region's upload never moves or changes
    /// them. A transfer between regions is an admin's import (docs/sumber-data.md, "Mutasi antarwilayah").
    /// </summary>
    private string? DiWilayahLain(Pegawai? kini) =>
        _pelaku.Wilayah is { } w && kini?.Wilayah is { } milik && milik != w
            ? $"Pegawai {kini.Id} tercatat di wilayah lain; mutasi antarwilayah dilakukan oleh admin, bukan lewat unggahan operator ({w})."
            : null;
}
