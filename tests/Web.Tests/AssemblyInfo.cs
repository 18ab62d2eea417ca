using Kinerja.Testing;

[assembly: AssemblyFixture(typeof(Infrastruktur))]
