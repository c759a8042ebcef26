using System.Reflection;
using TalentBot.Core;

namespace TalentBot.Core.Tests;

public class CoreConventionTests
{
    [Fact]
    public void Core_ReferencesNoStorageWebOrModelLibrary()
    {
        var forbidden = new[] { "LiteDB", "Lucene", "Microsoft.AspNetCore", "Microsoft.SemanticKernel", "System.Net.Http" };

        var referenced = typeof(Move).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        referenced.Where(name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void DomainRecords_AreImmutable()
    {
        var mutable = typeof(Move).Assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("TalentBot.Core", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                            && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => $"{t.Name}.{p.Name}"));

        mutable.ShouldBeEmpty();
    }
}
