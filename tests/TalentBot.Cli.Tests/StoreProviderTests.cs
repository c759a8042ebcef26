using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Hosting;
using TalentBot.Knowledge;

namespace TalentBot.Cli.Tests;

/// <summary>The store the host opens: not before it is needed, once, closed with the host, and refused in one line.</summary>
public sealed class StoreProviderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Resolved_BeforeAnythingNeedsTheStore_LeavesItUnopened()
    {
        using var host = Host();

        var provider = host.Services.GetRequiredService<StoreProvider>();

        provider.IsOpen.ShouldBeFalse();
        provider.StorePath.ShouldBe(_temp.Database);
        File.Exists(_temp.Database).ShouldBeFalse();
    }

    [Fact]
    public void FirstServiceThatNeedsTheStore_OpensItOnce()
    {
        using var host = Host();
        var provider = host.Services.GetRequiredService<StoreProvider>();

        var store = host.Services.GetRequiredService<KnowledgeStore>();
        var status = new StringWriter();
        var again = provider.Open(status, CancellationToken.None);

        provider.IsOpen.ShouldBeTrue();
        store.Path.ShouldBe(_temp.Database);
        store.Stats().Articles.ShouldBeGreaterThan(0);
        again.Session!.Store.ShouldBeSameAs(store);
        host.Services.GetRequiredService<KnowledgeStore>().ShouldBeSameAs(store);
        status.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Open_NewStore_SaysItIsBuiltFromTheCorpus()
    {
        using var host = Host();
        var status = new StringWriter();

        var (session, error) = host.Services.GetRequiredService<StoreProvider>().Open(status, CancellationToken.None);

        session.ShouldNotBeNull(error);
        status.ToString().ShouldStartWith($"Building the knowledge base at {_temp.Database} from ");
        status.ToString().ShouldContain("Added ");
    }

    [Fact]
    public void DisposingTheHost_ClosesTheStore()
    {
        var host = Host();
        var provider = host.Services.GetRequiredService<StoreProvider>();
        provider.Open(TextWriter.Null, CancellationToken.None).Session.ShouldNotBeNull();

        host.Dispose();

        Should.Throw<ObjectDisposedException>(() => provider.Open(TextWriter.Null, CancellationToken.None));
        using var next = Host();
        var (session, error) = next.Services.GetRequiredService<StoreProvider>().Open(TextWriter.Null, CancellationToken.None);
        session.ShouldNotBeNull(error);
    }

    [Fact]
    public void StoreAnotherHostHolds_IsRefusedInOneLine_AndOpensOnceItIsFree()
    {
        var owner = Host();
        owner.Services.GetRequiredService<StoreProvider>().Open(TextWriter.Null, CancellationToken.None).Session.ShouldNotBeNull();
        using var other = Host();
        var provider = other.Services.GetRequiredService<StoreProvider>();

        var refused = provider.Open(TextWriter.Null, CancellationToken.None);
        var unavailable = Should.Throw<StoreUnavailableException>(() => other.Services.GetRequiredService<KnowledgeStore>());

        refused.Session.ShouldBeNull();
        refused.OwnedPath.ShouldBe(_temp.Database);
        unavailable.Message.ShouldBe($"The knowledge base at {_temp.Database} is open in another TalentBot process.");
        provider.IsOpen.ShouldBeFalse();

        owner.Dispose();
        provider.Open(TextWriter.Null, CancellationToken.None).Session.ShouldNotBeNull();
    }

    [Fact]
    public void DamagedStore_IsRefusedInOneLine()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.Database)!);
        File.WriteAllBytes(_temp.Database, [.. Enumerable.Repeat((byte)0x5a, 16 * 1024)]);
        using var host = Host();

        var (session, error) = host.Services.GetRequiredService<StoreProvider>().Open(TextWriter.Null, CancellationToken.None);
        var unavailable = Should.Throw<StoreUnavailableException>(() => host.Services.GetRequiredService<KnowledgeStore>());

        session.ShouldBeNull();
        error.ShouldNotBeNullOrWhiteSpace();
        error.ShouldContain(_temp.Database);
        error.ShouldNotContain("\n");
        unavailable.Message.ShouldBe(error);
    }

    [Fact]
    public async Task Command_OnAStoreGivenByDb_OpensThatOneOverTheSettings()
    {
        var elsewhere = Path.Combine(_temp.Path, "elsewhere", "talentbot.db");

        var result = await Cli.RunAsync([new(StoreOptions.PathKey, elsewhere)], "store", "check", "--db", _temp.Database);

        result.ExitCode.ShouldBe(0, result.Error);
        File.Exists(_temp.Database).ShouldBeTrue();
        File.Exists(elsewhere).ShouldBeFalse();
    }

    private IHost Host() => TalentBotHost.Build(
    [
        new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge")),
        new(StoreOptions.PathKey, _temp.Database),
    ]);
}
