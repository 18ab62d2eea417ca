namespace Kinerja.Domain.Tests.DataPegawai;

using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Impor;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;

/// <summary>
/// The import's rules without a database (<see cref="Rekonsiliasi.Putuskan"/>): given what is stored, when a batch of
/// rows arrives, then these events, lookups and rejections.
/// </summary>
public class RekonsiliasiTests
{
    private const string Nip = "198503152010012001";
    private const string Nik = "3273015503850001";
    private const string Nuptk = "1234567890123456";
    private static readonly DateOnly Lahir = new(1985, 3, 15);
    private static readonly DateOnly HariIni = new(2026, 1, 5);
    private static readonly Pengunggah OperatorBandung = new("199001012015011001", "3273", null);

    private static readonly RekamanDapodik Dapodik = new(Nik, Nip, Nuptk, "Siti Aminah, S.Pd.", Lahir, JenisKelamin.P, "20219001", "guru", "dapodik-1");
    private static readonly RekamanSiasn Siasn = new(Nip, Nik, "SITI AMINAH", Lahir, JenisKelamin.P, "PNS", "Guru Ahli Madya", "AhliMadya", "III/c",
        "SDN 1 Bandung", "20219001", "Pemkot Bandung", "3273", "siasn-1");
    private static readonly RekamanDukcapil Dukcapil = new(Nik, "Siti Aminah", Lahir, JenisKelamin.P, "Ibu Siti", "dukcapil-1");
    private static readonly Sekolah SekolahBandung = new("20219001", "SD Negeri 1 Bandung", "3273", null);

    /// <summary>A person as stored after these sources spoke, each through the aggregate's own decision.</summary>
    private static Pegawai Tersimpan(string id, params object[] data)
    {
        var p = new Pegawai { Id = id };
        foreach (var d in data)
        {
            var events = Pegawai.Terima(p, id, d, null, HariIni);
            p = p.Lanjut(events) with { Version = p.Version + events.Count };
        }

        return p;
    }

    private static FaktaTersimpan Fakta(IReadOnlyCollection<Pegawai>? pegawai = null, IReadOnlyCollection<SumberDukcapil>? dukcapil = null,
        IReadOnlyCollection<SumberSiasn>? siasn = null) =>
        new(pegawai ?? [], dukcapil ?? [], siasn ?? [], new Dictionary<string, Sekolah> { [SekolahBandung.Id] = SekolahBandung });

    private static HasilRekonsiliasi Ketika(FaktaTersimpan fakta, params IRekaman[] rows) =>
        Rekonsiliasi.Putuskan(fakta, rows.Select((r, i) => (i + 2, r)), OperatorBandung, HariIni);

    [Fact]
    public void a_dapodik_row_of_a_new_person_starts_their_stream_belum_padan()
    {
        var hasil = Ketika(Fakta(), Dapodik);

        var p = Assert.Single(hasil.Perubahan);
        Assert.Equal((Nip, (long?)null), (p.Id, p.VersiAwal));
        Assert.Equal(new DataDapodikDiterima(Nip, Dapodik, "3273"), p.Events[0]);
        var dihitung = Assert.IsType<PemadananDihitung>(Assert.Single(p.Events.Skip(1)));
        Assert.Equal(StatusPadan.BelumPadan, dihitung.Status);
        Assert.Equal([JenisDisparitas.TidakAdaDiSiasn, JenisDisparitas.TidakAdaDiDukcapil], dihitung.Disparitas.Select(d => d.Jenis).Order());
        Assert.Equal((1, 0), (hasil.Diterima, hasil.TidakBerubah));
    }

    [Fact]
    public void a_nik_changed_by_an_earlier_row_of_the_batch_is_the_one_a_later_dukcapil_row_finds_the_person_by()
    {
        const string nikBaru = "3273015503850009";
        var fakta = Fakta([Tersimpan(Nip, new DataDapodikDiterima(Nip, Dapodik, "3273"))]);

        var hasil = Ketika(fakta, Dapodik with { Nik = nikBaru, Hash = "dapodik-2" }, Dukcapil, Dukcapil with { Nik = nikBaru, Hash = "dukcapil-2" });

        // the old NIK's row names nobody any more; the new NIK's row is the person's
        var dukcapil = Assert.Single(Assert.Single(hasil.Perubahan).Events.OfType<DataDukcapilDiterima>());
        Assert.Equal((Nip, nikBaru), (dukcapil.PegawaiId, dukcapil.Data.Nik));
        Assert.Equal([Nik, nikBaru], hasil.Dokumen.OfType<SumberDukcapil>().Select(d => d.Id));
    }

    [Fact]
    public void a_row_of_a_school_not_registered_is_refused_naming_the_npsn_and_nothing_is_appended()
    {
        var hasil = Ketika(Fakta(), Dapodik with { Npsn = "20219002" });

        Assert.Empty(hasil.Perubahan);
        Assert.StartsWith("npsn: sekolah 20219002 belum terdaftar", Assert.Single(hasil.Ditolak).Alasan);
        Assert.Equal(2, hasil.Ditolak[0].Baris);
    }

    [Fact]
    public void an_operator_cannot_import_for_a_school_or_instansi_of_another_wilayah()
    {
        var fakta = Fakta() with { Sekolah = new Dictionary<string, Sekolah> { ["20219001"] = SekolahBandung with { Wilayah = "3204" } } };

        var hasil = Ketika(fakta, Dapodik, Siasn with { Wilayah = "3204" }, Dukcapil with { Nik = "3204015503850001" });

        Assert.Empty(hasil.Perubahan);
        Assert.Equal(3, hasil.Ditolak.Count);
        Assert.All(hasil.Ditolak, d => Assert.Contains("di luar wilayah operator (3273)", d.Alasan));
    }

    [Fact]
    public void the_row_already_recorded_appends_nothing()
    {
        var hasil = Ketika(Fakta([Tersimpan(Nip, new DataDapodikDiterima(Nip, Dapodik, "3273"))]), Dapodik);

        Assert.Empty(hasil.Perubahan);
        Assert.Equal((0, 1), (hasil.Diterima, hasil.TidakBerubah));
    }

    [Fact]
    public void the_third_agreeing_source_makes_the_pegawai_padan_and_tells_the_other_services()
    {
        var tersimpan = Tersimpan(Nip, new DataDapodikDiterima(Nip, Dapodik, "3273"), new DataSiasnDiterima(Nip, Siasn));

        var hasil = Ketika(Fakta([tersimpan]), Dukcapil);

        var p = Assert.Single(hasil.Perubahan);
        Assert.Equal(tersimpan.Version, p.VersiAwal);
        Assert.Equal(new DataDukcapilDiterima(Nip, Dukcapil), p.Events[0]);
        Assert.Equal(StatusPadan.Padan, Assert.IsType<PemadananDihitung>(p.Events[1]).Status);
        Assert.Equal(new PegawaiTerverifikasi(Nip, "Siti Aminah", "AhliMadya", "PNS", "20219001", "3273", Nip), p.Events[2]);
        Assert.Equal(new SumberDukcapil(Nik, Dukcapil), Assert.Single(hasil.Dokumen));
    }

    [Fact]
    public void what_dukcapil_said_before_anyone_named_the_nik_joins_the_person_dapodik_brings()
    {
        var hasil = Ketika(Fakta(dukcapil: [new SumberDukcapil(Nik, Dukcapil)]), Dapodik);

        var p = Assert.Single(hasil.Perubahan);
        Assert.Contains(new DataDukcapilDiterima(Nip, Dukcapil), p.Events);
    }

    [Fact]
    public void two_rows_of_one_person_in_a_batch_apply_in_order()
    {
        var kedua = Dapodik with { Nama = "Siti Aminah, M.Pd.", Hash = "dapodik-2" };

        var hasil = Ketika(Fakta(), Dapodik, kedua);

        var diterima = Assert.Single(hasil.Perubahan).Events.OfType<DataDapodikDiterima>().Select(e => e.Data.Nama);
        Assert.Equal(["Siti Aminah, S.Pd.", "Siti Aminah, M.Pd."], diterima);
        Assert.Equal(2, hasil.Diterima);
    }

    [Fact]
    public void a_non_asn_teacher_who_becomes_pppk_keeps_their_id_and_gains_a_nip()
    {
        var id = "nuptk:" + Nuptk;
        var nonAsn = Dapodik with { Nip = "" };
        var tersimpan = Tersimpan(id, new DataDapodikDiterima(id, nonAsn, "3273"));

        var hasil = Ketika(Fakta([tersimpan]), Siasn with { StatusKepegawaian = "PPPK" });

        var p = Assert.Single(hasil.Perubahan);
        Assert.Equal(id, p.Id);
        Assert.Equal(id, Assert.IsType<DataSiasnDiterima>(p.Events[0]).PegawaiId);
        Assert.Equal(new SumberSiasn(Nip, Nik), Assert.Single(hasil.Dokumen));
    }

    [Fact]
    public void siasn_naming_the_nik_under_another_nip_turns_missing_in_siasn_into_a_nip_mismatch()
    {
        const string nipLain = "198503152010012099";
        var tersimpan = Tersimpan(Nip, new DataDapodikDiterima(Nip, Dapodik, "3273"));

        var hasil = Ketika(Fakta([tersimpan]), Siasn with { Nip = nipLain });

        var dapodikOrang = Assert.Single(hasil.Perubahan, p => p.Id == Nip);
        var disparitas = dapodikOrang.Events.OfType<PemadananDihitung>().Last().Disparitas.Select(d => d.Jenis);
        Assert.DoesNotContain(JenisDisparitas.TidakAdaDiSiasn, disparitas);
    }
}

/// <summary>The Pegawai aggregate's own decisions: a source speaking (<see cref="Pegawai.Terima"/>) and an operator's resolution.</summary>
public class PegawaiTests
{
    private const string Nip = "198503152010012001";
    private const string Nik = "3273015503850001";
    private static readonly DateOnly Lahir = new(1985, 3, 15);
    private static readonly DateOnly HariIni = new(2026, 1, 5);
    private static readonly RekamanDapodik Dapodik = new(Nik, Nip, null, "Siti Aminah", Lahir, JenisKelamin.P, "20219001", "guru", "a");
    private static readonly RekamanSiasn Siasn = new(Nip, Nik, "Siti Aminah", Lahir, JenisKelamin.P, "PNS", "Guru Ahli Muda", "AhliMuda", "III/c",
        "SDN 1 Bandung", "20219001", "Pemkot Bandung", "3273", "b");
    private static readonly RekamanDukcapil Dukcapil = new(Nik, "Siti Aminah", Lahir, JenisKelamin.P, "Ibu Siti", "c");

    private static Pegawai Dari(params object[] data) =>
        data.Aggregate(new Pegawai { Id = Nip }, (p, d) => p.Lanjut(Pegawai.Terima(p, Nip, d, null, HariIni)));

    [Fact]
    public void a_source_saying_what_it_said_before_decides_nothing()
    {
        var p = Dari(new DataDapodikDiterima(Nip, Dapodik, "3273"));

        Assert.Empty(Pegawai.Terima(p, Nip, null, null, HariIni));
    }

    [Fact]
    public void an_operator_resolves_a_name_disparitas_in_writing_and_the_pegawai_becomes_padan()
    {
        var p = Dari(new DataDapodikDiterima(Nip, Dapodik with { Nama = "Siti Aminah Lestary" }, "3273"),
            new DataSiasnDiterima(Nip, Siasn), new DataDukcapilDiterima(Nip, Dukcapil));
        var kode = Assert.Single(p.Disparitas).Kode;

        var events = p.Selesaikan(kode, "Siti Aminah", "KTP diperiksa.", "199001012015011001", HariIni);

        Assert.Equal(kode, Assert.IsType<DisparitasDiselesaikan>(events[0]).Penyelesaian.Kode);
        Assert.Equal(StatusPadan.Padan, Assert.IsType<PemadananDihitung>(events[1]).Status);
        Assert.IsType<PegawaiTerverifikasi>(events[2]);
    }

    [Fact]
    public void a_resolution_lapses_when_the_source_changes_its_value()
    {
        var p = Dari(new DataDapodikDiterima(Nip, Dapodik with { Nama = "Siti Aminah Lestary" }, "3273"),
            new DataSiasnDiterima(Nip, Siasn), new DataDukcapilDiterima(Nip, Dukcapil));
        p = p.Lanjut(p.Selesaikan(p.Disparitas[0].Kode, "Siti Aminah", "KTP diperiksa.", "op", HariIni));

        var events = Pegawai.Terima(p, Nip, new DataDapodikDiterima(Nip, Dapodik with { Nama = "Siti Aminah Lestari", Hash = "a2" }, "3273"), null, HariIni);

        Assert.Contains(events, e => e is PenyelesaianGugur);
        Assert.Equal(StatusPadan.BelumPadan, events.OfType<PemadananDihitung>().Last().Status);
    }

    [Fact]
    public void resolving_a_disparitas_that_is_not_open_is_a_conflict() =>
        Assert.Throws<Kinerja.ServiceDefaults.Problems.KonflikException>(() =>
            Dari(new DataDapodikDiterima(Nip, Dapodik, "3273")).Selesaikan("nama-dapodik-dukcapil", "x", "y", "op", HariIni));
}
