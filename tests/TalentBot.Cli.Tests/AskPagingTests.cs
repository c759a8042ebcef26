using System.Text.Json;

namespace TalentBot.Cli.Tests;

/// <summary>A store where twelve people left one lab, more than one page of moves: every one of them is reachable.</summary>
public sealed class TwelveDeparturesStore : IAsyncLifetime
{
    private static readonly string[] Leavers =
    [
        "Priya Raman", "Julien Marchand", "Aiko Tanabe", "Marta Ferri", "Tomasz Wolski", "Grace Okafor",
        "Lena Fischer", "Rahul Mehta", "Sofia Lindqvist", "Daniel Osei", "Chloe Bernard", "Kenji Mori",
    ];

    private readonly TempFolder _temp = new();

    public string Database => _temp.Database;

    public IReadOnlyList<string> People => Leavers;

    public async Task InitializeAsync()
    {
        for (var i = 0; i < Leavers.Length; i++)
        {
            _temp.File($"in/{i:00}.md", $"""
                Another departure at Orbital Minds

                {Leavers[i]} has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
                """);
        }
        var ingested = await Cli.RunAsync("ingest", "--db", Database, Path.Combine(_temp.Path, "in"));
        ingested.ExitCode.ShouldBe(0, ingested.Output + ingested.Error);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class AskPagingTests(TwelveDeparturesStore store) : IClassFixture<TwelveDeparturesStore>
{
    [Fact]
    public async Task Ask_MoreMovesThanAPage_EndsWithTheCommandForTheNextPage_WhichShowsTheRest()
    {
        var first = await Cli.RunAsync("ask", "--db", store.Database, "/who-left orbital minds");

        first.ExitCode.ShouldBe(0);
        first.Output.ShouldContain("Moves 1–10 of 12");
        var next = $"talentbot ask --db {store.Database} --page 2 \"/who-left orbital minds\"";
        first.Output.TrimEnd().ShouldEndWith("Next page: " + next);

        var second = await Cli.RunAsync("ask", "--db", store.Database, "--page", "2", "/who-left orbital minds");

        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("Moves 11–12 of 12");
        second.Output.ShouldNotContain("Next page");
        store.People.ShouldAllBe(person => (first.Output + second.Output).Contains(person));
    }

    [Fact]
    public async Task Ask_FrenchQuestionWithMoreThanAPage_SaysHowToSeeTheNextPageInFrench()
    {
        var result = await Cli.RunAsync("ask", "--db", store.Database, "qui a quitté Orbital Minds ?");

        result.Output.TrimEnd().ShouldEndWith($"Page suivante : talentbot ask --db {store.Database} --page 2 \"qui a quitté Orbital Minds ?\"");
    }

    [Fact]
    public async Task AskJson_EveryPage_SaysWhichOfHowManyAndTogetherHoldEveryMove()
    {
        var people = new List<string>();
        for (var page = 1; page <= 2; page++)
        {
            var result = await Cli.RunAsync("ask", "--json", "--db", store.Database, "--page", $"{page}", "/who-left orbital minds");

            result.ExitCode.ShouldBe(0);
            using var json = JsonDocument.Parse(result.Output);
            var root = json.RootElement;
            root.GetProperty("page").GetInt32().ShouldBe(page);
            root.GetProperty("pages").GetInt32().ShouldBe(2);
            root.GetProperty("total").GetInt32().ShouldBe(12);
            root.GetProperty("answer").GetString()!.ShouldNotContain("Next page");
            people.AddRange(root.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("person").GetString()!));
        }

        people.ShouldBe(store.People, ignoreOrder: true);
    }

    [Fact]
    public async Task AskJson_PagePastTheLast_IsNothingFoundWithTheNumberOfPages()
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", store.Database, "--page", "7", "/who-left orbital minds");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("nothing_found");
        json.RootElement.GetProperty("answer").GetString().ShouldBe("There is no page 7: this answer has 2 pages.");
        json.RootElement.GetProperty("moves").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task AskJson_PageZero_IsAnInvalidRequest()
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", store.Database, "--page", "0", "/who-left orbital minds");

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("invalid_request");
    }
}
