using System.Text.Json.Nodes;
using System.Web;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// <c>/flows</c> on the fake Slack: acknowledged at once, the picture shared in the command's channel through the
/// external upload (an upload URL, the bytes, the completion), then the moves through the <c>response_url</c>.
/// </summary>
public sealed class FlowsCommandTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Flows_SharesThePictureInTheChannel_ThenAnswersWithTheMoves()
    {
        await using var host = await SlackHost.StartAsync(_slack, FoundingStore.AnswersWithPictures);

        var response = await host.CommandAsync("/flows", "meta", _slack);
        var ask = await _slack.NextCallAsync("/api/files.getUploadURLExternal");
        var upload = await _slack.NextCallAsync("/upload/");
        var complete = await _slack.NextCallAsync("/api/files.completeUploadExternal");
        var answer = await _slack.NextCallAsync("/hooks/");

        response.Body.ShouldBe("""{"response_type":"in_channel"}""");
        var expected = (await FoundingStore.AnswersWithPictures.AnswerAsync(new FlowsRequest("meta"), Language.English, CancellationToken.None)).Picture!;
        var asked = HttpUtility.ParseQueryString(ask.Body);
        asked["filename"].ShouldBe("flows-meta.png");
        asked["length"].ShouldBe(expected.Png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        asked["alt_txt"].ShouldBe(expected.AltText);
        ask.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
        upload.Files.ShouldHaveSingleItem().Content.ShouldBe(expected.Png);
        upload.Header("Authorization").ShouldBeNull();
        var completed = HttpUtility.ParseQueryString(complete.Body);
        completed["channel_id"].ShouldBe(Payloads.Channel);
        var files = JsonNode.Parse(completed["files"]!)!.AsArray();
        ((string)files[0]!["id"]!).ShouldBe(upload.Path.Split('/')[^1]);
        ((string)files[0]!["title"]!).ShouldStartWith("Who came to and left Meta");
        ((string)answer.Json!["response_type"]!).ShouldBe("in_channel");
        answer.BlockText.ShouldContain("Ethan Knight");
        answer.BlockText.ShouldNotContain("could not be shared");
    }

    [Fact]
    public async Task AChannelThatRefusesThePicture_StillGetsTheMoves_WithTheReason()
    {
        _slack.Script("/api/files.completeUploadExternal", FakeResponse.Error("not_in_channel"));
        await using var host = await SlackHost.StartAsync(_slack, FoundingStore.AnswersWithPictures);

        await host.CommandAsync("/flows", "メタ", _slack);
        var answer = await _slack.NextCallAsync("/hooks/");

        answer.BlockText.ShouldContain("Ethan Knight");
        answer.BlockText.ShouldContain("このチャンネルに図を共有できませんでした（not_in_channel）");
        host.Logs.Entries.ShouldContain(e => e.EventId == 6023);
    }

    [Fact]
    public async Task UnknownOrganisation_IsPrivate_AndSharesNoPicture()
    {
        await using var host = await SlackHost.StartAsync(_slack, FoundingStore.AnswersWithPictures);

        await host.CommandAsync("/flows", "Zorglub Labs", _slack);
        var answer = await _slack.NextCallAsync("/hooks/");

        ((string)answer.Json!["response_type"]!).ShouldBe("ephemeral");
        answer.BlockText.ShouldContain("I don't know an organisation called 'Zorglub Labs'.");
        _slack.Calls.ShouldNotContain(c => c.Path.StartsWith("/api/files.", StringComparison.Ordinal));
    }
}
