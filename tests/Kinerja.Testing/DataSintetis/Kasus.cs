namespace Kinerja.Testing.DataSintetis;

/// <summary>What the generator did to one person, so a test knows which disparitas to expect.</summary>
public enum Kasus
{
    Bersih,
    GelarSaja,
    NamaBerbeda,
    TanggalLahirBerbeda,
    JenisKelaminBerbeda,
    NikBerbeda,
    NipBerbeda,
    TidakAdaDiDukcapil,
    TidakAdaDiSiasn,
    TidakAdaDiDapodik,
    UnorTidakTerpetakan,
    SekolahBerbeda,
    TanggalLahirNip,
}

/// <summary>One generated person: the NIP Dapodik knows them by and what was done to their data.</summary>
public sealed record OrangSintetis(int Nomor, string Nip, string Nik, string Npsn, bool Perempuan, Kasus Kasus);
