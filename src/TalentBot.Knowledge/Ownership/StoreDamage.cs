using System.Diagnostics;
using System.Reflection;
using LiteDB;

namespace TalentBot.Knowledge.Ownership;

/// <summary>
/// Tells a store that cannot be read from a bug. LiteDB has no page checksums: a flipped byte surfaces as whatever its
/// reader meets first, a <see cref="LiteException"/> or an index, cast or format error thrown from inside LiteDB.
/// Either way the file, not the caller, is at fault.
/// </summary>
public static class StoreDamage
{
    private static readonly Assembly LiteDb = typeof(LiteDatabase).Assembly;

    public static bool IsUnreadable(Exception exception) => exception switch
    {
        StoreDamagedException => true,
        LiteException => true,
        OperationCanceledException or OutOfMemoryException or ObjectDisposedException => false,
        _ => ThrownInside(exception, LiteDb),
    };

    /// <summary>
    /// Whether the first code outside the runtime's own libraries on the way to <paramref name="exception"/> is
    /// <paramref name="library"/>'s: a decoding error met while a library parses its own bytes is that library's
    /// finding, while the same error in our code is a bug.
    /// </summary>
    internal static bool ThrownInside(Exception exception, Assembly library)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is null || IsRuntime(assembly)) continue;
            return assembly == library;
        }
        return false;
    }

    private static bool IsRuntime(Assembly assembly) =>
        assembly == typeof(object).Assembly || assembly.GetName().Name?.StartsWith("System.", StringComparison.Ordinal) == true;

    /// <summary>A few words on what could not be read, for a <see cref="StoreDamagedException"/>.</summary>
    public static string Describe(Exception exception) => exception is StoreDamagedException damaged
        ? damaged.Problem
        : $"its pages do not read ({exception.Message.ReplaceLineEndings(" ").TrimEnd('.')})";
}

/// <summary>
/// What <see cref="KnowledgeStore.Check"/> read: every collection, how many documents in all, and whether the evidence
/// index failed its checksums and was rebuilt.
/// </summary>
public sealed record StoreCheck(IReadOnlyList<string> Collections, long Documents, bool IndexRebuilt);
