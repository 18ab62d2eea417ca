namespace Kinerja.Domain.Tests;

using System.Reflection;

/// <summary>Given: an aggregate as its events made it, through its own <c>Create</c> and <c>Apply</c>, as Marten folds it.</summary>
public static class Diberikan
{
    public static T Dari<T>(object pertama, params object[] berikutnya)
    {
        var create = typeof(T).GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [pertama.GetType()])
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Create({pertama.GetType().Name}).");
        return Lalu((T)create.Invoke(null, [pertama])!, berikutnya);
    }

    /// <summary>An aggregate already given, after more of its events.</summary>
    public static T Lalu<T>(T state, params object[] berikutnya)
    {
        foreach (var e in berikutnya)
        {
            var apply = typeof(T).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [e.GetType()])
                ?? throw new InvalidOperationException($"{typeof(T).Name} has no Apply({e.GetType().Name}).");
            state = (T)apply.Invoke(state, [e])!;
        }

        return state;
    }
}
