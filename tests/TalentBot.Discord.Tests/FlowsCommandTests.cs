using System.Text.Json.Nodes;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Discord.Tests;

/// <summary>
/// <c>/flows org: since:</c> on the fake Discord: deferred at once, then the picture uploaded into the original
/// response as <c>files[0]</c> and shown as the embed's image, within Discord's limits.
/// </summary>
public sealed class FlowsCommandTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task Flows_IsDeferred_ThenThePictureIsUploadedIntoTheOriginalResponse()
    {
        await using var host = await BotHost.StartAsync(_discord, FoundingStore.AnswersWithPictures);
        var command = Payloads.Command(CommandNames.Flows, new Dictionary<string, string> { ["org"] = "meta" });

        var response = await host.SendAsync(command);
        var edit = await _discord.NextCallAsync(c => c.Method == "PATCH");

        response.CallbackType.ShouldBe(5);
        edit.Path.ShouldBe($"/webhooks/{Payloads.ApplicationId}/{(string)command["token"]!}/messages/@original");
        edit.Header("Content-Type")!.ShouldStartWith("multipart/form-data");
        var expected = (await FoundingStore.AnswersWithPictures.AnswerAsync(new FlowsRequest("meta"), Language.English, CancellationToken.None)).Picture!;
        var file = edit.Files.ShouldHaveSingleItem();
        file.Field.ShouldBe("files[0]");
        file.FileName.ShouldBe("flows-meta.png");
        file.ContentType.ShouldBe("image/png");
        file.Content.ShouldBe(expected.Png);
        file.Content.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.AttachmentBytes);

        var embed = edit.Json!["embeds"]![0]!;
        ((string)embed["title"]!).ShouldStartWith("Who came to and left Meta");
        ((string)embed["image"]!["url"]!).ShouldBe("attachment://flows-meta.png");
        var attachment = edit.Json!["attachments"]![0]!;
        ((int)attachment["id"]!).ShouldBe(0);
        ((string)attachment["filename"]!).ShouldBe("flows-meta.png");
        ((string)attachment["description"]!).ShouldBe(expected.AltText);
        EmbedTotal(edit.Json!).ShouldBeLessThanOrEqualTo(DiscordLimits.MessageEmbedTotal);
        edit.Json!["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public async Task Flows_InFrench_HasTheFrenchTitleAndAltText()
    {
        await using var host = await BotHost.StartAsync(_discord, FoundingStore.AnswersWithPictures);

        await host.SendAsync(Payloads.Command(CommandNames.Flows, new Dictionary<string, string> { ["org"] = "meta" }, locale: "fr"));
        var edit = await _discord.NextCallAsync(c => c.Method == "PATCH");

        ((string)edit.Json!["embeds"]![0]!["title"]!).ShouldStartWith("Arrivées et départs chez Meta");
        ((string)edit.Json!["attachments"]![0]!["description"]!).ShouldStartWith("Diagramme en barres");
        edit.Files.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Flows_WithABadDate_IsAPrivatePoliteErrorWithNoFile()
    {
        await using var host = await BotHost.StartAsync(_discord, FoundingStore.AnswersWithPictures);

        var response = await host.SendAsync(Payloads.Command(CommandNames.Flows, new Dictionary<string, string> { ["org"] = "meta", ["since"] = "2025-13" }));
        var delete = await _discord.NextCallAsync(c => c.Method == "DELETE");
        var followUp = await _discord.NextCallAsync(c => c.Method == "POST" && c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));

        response.CallbackType.ShouldBe(5);
        delete.Path.ShouldEndWith("/messages/@original");
        followUp.Files.ShouldBeNull();
        ((int)followUp.Json!["flags"]! & MessageData.EphemeralFlag).ShouldBe(MessageData.EphemeralFlag);
        followUp.Json!.ToJsonString().ShouldContain("2025-07-15");
    }

    [Fact]
    public void Flows_IsRegistered_WithTheOtherCommandsLocalisations()
    {
        var flows = CommandCatalogue.All.Single(c => c.Name == CommandNames.Flows);

        flows.DescriptionLocalizations.Keys.ShouldBe(["fr", "it", "ja"], ignoreOrder: true);
        flows.Options.Select(o => o.Name).ShouldBe([CommandNames.OrganisationOption, CommandNames.SinceOption]);
        flows.Options[0].Autocomplete.ShouldBe(true);
        flows.Options[1].Required.ShouldBeFalse();
        flows.Options.ShouldAllBe(o => o.DescriptionLocalizations.Count == 3);
    }

    private static int EmbedTotal(JsonNode message) => message["embeds"]!.AsArray().Sum(e =>
        ((string?)e!["title"])?.Length + ((string?)e["description"])?.Length ?? 0
        + (e["fields"]?.AsArray().Sum(f => ((string)f!["name"]!).Length + ((string)f["value"]!).Length) ?? 0));
}
