using Kinerja.Testing;

[assembly: AssemblyFixture(typeof(Infrastructure))]
