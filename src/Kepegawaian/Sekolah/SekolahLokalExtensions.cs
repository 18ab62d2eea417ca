namespace Kinerja.Kepegawaian.Sekolah;

using Marten;
using MassTransit;

public static class SekolahLokalExtensions
{
    /// <summary>
    /// Consume <c>KepalaSekolahDitugaskan</c> and <c>PenilaiKepalaSekolahDitugaskan</c> into this service's
    /// <see cref="KepalaSekolahLokal"/> and <see cref="PenilaiSekolahLokal"/>: who rates whom.
    /// </summary>
    public static void AddKepalaSekolahLokal(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CatatKepalaSekolah>();
        bus.AddConsumer<CatatPenilaiSekolah>();
    }

    /// <summary>
    /// Optimistic concurrency: two assignments of one school consumed at once must not both win; the loser
    /// is retried, re-reads, and the newer assignment stays.
    /// </summary>
    public static void AddKepalaSekolahLokal(this StoreOptions options)
    {
        options.Schema.For<KepalaSekolahLokal>().Index(k => k.PegawaiId).UseOptimisticConcurrency(true);
        options.Schema.For<PenilaiSekolahLokal>().Index(k => k.PegawaiId).UseOptimisticConcurrency(true);
    }
}
