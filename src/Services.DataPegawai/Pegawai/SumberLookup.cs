namespace Kinerja.DataPegawai.Pegawai;

/// <summary>SI-ASN's NIK for a NIP: to notice that SI-ASN knows a Dapodik person under another NIP.</summary>
public sealed record SumberSiasn(string Id, string Nik);

/// <summary>The latest Dukcapil row of a NIK (id), kept even before any Dapodik or SI-ASN row names that NIK.</summary>
public sealed record SumberDukcapil(string Id, RekamanDukcapil Data);
