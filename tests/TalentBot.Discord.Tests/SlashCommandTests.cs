using TalentBot.Testing;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>The answering commands end to end: a signed interaction in, the rendered reply in the HTTP response.</summary>
public sealed partial class SlashCommandTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WhoLeftMeta_AnswersInTheChannelWithEveryoneCited()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("meta")));

        result.Status.ShouldBe(200);
        result.CallbackType.ShouldBe(4);
        result.IsEphemeral.ShouldBeFalse();
        var embeds = result.Data!["embeds"]!.AsArray();
        ((string)embeds[0]!["title"]!).ShouldBe("Who left Meta");
        var people = embeds[0]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        foreach (var person in new[] { "Ethan Knight", "Avi Verma", "Rishabh Agarwal", "Shengjia Zhao", "Chaya Nayak" })
            people.ShouldContain(name => name.StartsWith(person, StringComparison.Ordinal));
        result.EmbedText.ShouldContain("[1]");
    }

    [Fact]
    public async Task WhoLeftMeta_QuotesEverySourceVerbatimInItsOwnLanguage()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("meta")));

        var sources = result.Data!["embeds"]!.AsArray().Skip(1).Select(e => (string)e!["description"]!).ToList();
        sources.ShouldNotBeEmpty();
        var quotes = sources.SelectMany(s => QuoteLine().Matches(s)).Select(m => Unescape(m.Groups["quote"].Value)).ToList();
        quotes.ShouldNotBeEmpty();
        foreach (var quote in quotes)
            FoundingStore.ArticleTexts.ShouldContain(text => text.Contains(quote, StringComparison.Ordinal), $"not verbatim: {quote}");
    }

    [Fact]
    public async Task EveryReply_ParsesNoMentions()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("meta")));

        result.Data!["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public async Task WhoLeftMeta_OffersSourcesAndAlertsForMeta()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("Facebook")));

        var labels = result.Buttons.Select(b => (string)b["label"]!).ToList();
        labels.ShouldContain("Sources");
        labels.ShouldContain("Subscribe to alerts for Meta");
        result.Buttons.Select(b => (string)b["custom_id"]!).ShouldContain("sub|meta");
    }

    [Fact]
    public async Task NothingFound_IsPrivate()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("nvidia")));

        result.CallbackType.ShouldBe(4);
        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldContain("NVIDIA");
    }

    [Fact]
    public async Task UnknownOrganisation_IsPrivateWithDidYouMeanButtons()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("Googel Labs")));

        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldContain("Googel Labs");
        var suggestion = result.Buttons.Single(b => (string)b["label"]! == "Google");
        ((string)suggestion["custom_id"]!).ShouldBe("dym|en|wl|Google");
    }

    [Theory]
    [InlineData("ja", "Metaを辞めた人")]
    [InlineData("fr", "Qui a quitté Meta")]
    [InlineData("it", "Chi ha lasciato Meta")]
    [InlineData("en-GB", "Who left Meta")]
    [InlineData("pt-BR", "Who left Meta")]
    public async Task Reply_IsInTheUsersLocale(string locale, string title)
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("meta"), locale));

        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldBe(title);
    }

    [Fact]
    public async Task ButtonLabels_FollowTheReplyLanguage()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("meta"), "ja"));

        result.Buttons.Select(b => (string)b["label"]!).ShouldContain("出典");
    }

    [Fact]
    public async Task Moves_OfAPersonByAnAlias()
    {
        var result = await _host.SendAsync(Payloads.Command("moves", new Dictionary<string, string> { ["person"] = "Zhao Shengjia" }));

        result.IsEphemeral.ShouldBeFalse();
        result.EmbedText.ShouldContain("Shengjia Zhao");
        result.EmbedText.ShouldContain("OpenAI");
    }

    [Fact]
    public async Task Ask_AnswersInTheQuestionsLanguage()
    {
        var result = await _host.SendAsync(Payloads.Command("ask",
            new Dictionary<string, string> { ["question"] = "Pourquoi les chercheurs quittent-ils Meta ?" }));

        result.IsEphemeral.ShouldBeFalse();
        result.EmbedText.ShouldContain("Sources");
        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldContain("Meta");
        result.EmbedText.ShouldContain("[1]");
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("fr", Language.French)]
    [InlineData("it", Language.Italian)]
    [InlineData("ja", Language.Japanese)]
    public async Task Help_ListsEveryRegisteredCommand_UnderTheNameTheUsersClientShows(string locale, Language language)
    {
        var result = await _host.SendAsync(Payloads.Command("help", locale: locale));

        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldBe(Phrases.Get(language, Phrase.TitleHelp));
        var lines = ((string)result.Data!["embeds"]![0]!["description"]!).Split('\n');
        lines.Length.ShouldBe(CommandCatalogue.All.Count);
        foreach (var (command, line) in CommandCatalogue.All.Zip(lines))
        {
            line.ShouldStartWith($"**/{command.NameIn(language)}**");
            foreach (var option in command.Options) line.ShouldContain(option.NameIn(language));
        }
        lines.Single(l => l.StartsWith($"**/{CommandCatalogue.Find("subscribe")!.NameIn(language)}**", StringComparison.Ordinal))
             .ShouldEndWith(DiscordPhrases.Table.Get(language, DiscordPhrase.HelpNeedsManageChannels));
        lines.Single(l => l.StartsWith($"**/{CommandCatalogue.Find("digest")!.NameIn(language)}**", StringComparison.Ordinal))
             .ShouldEndWith(DiscordPhrases.Table.Get(language, DiscordPhrase.HelpServersOnly));
        var footer = (string)result.Data!["embeds"]![0]!["footer"]!["text"]!;
        footer.ShouldContain("/" + CommandCatalogue.Find("ask")!.NameIn(language));
        // TalentBot reads no message (no intent on the Gateway, interactions only on the endpoint): no "just ask".
        result.EmbedText.ShouldNotContain(Phrases.Get(language, Phrase.HelpFreeText));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr")]
    [InlineData("ja")]
    public async Task EveryRegisteredCommand_IsRoutedByTheDefaultNameDiscordSends_WhateverTheUsersLanguage(string locale)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord);
        var unknown = DiscordPhrases.Table.Get(Locales.ToLanguage(locale) ?? Language.English, DiscordPhrase.UnknownCommand).Split("{0}")[0];

        foreach (var command in CommandCatalogue.All)
        {
            var result = await host.SendAsync(Payloads.Command(command.Name, locale: locale));

            result.Status.ShouldBe(200, command.Name);
            (result.Data?["content"]?.ToString() ?? "").ShouldNotStartWith(unknown, Case.Sensitive, command.Name);
        }
    }

    [Fact]
    public async Task InADirectMessage_TheReplyOffersNoSubscribeButton_InAServerItDoes()
    {
        var direct = await _host.SendAsync(Payloads.Command("who-left", Org("meta"), inGuild: false));
        var server = await _host.SendAsync(Payloads.Command("who-left", Org("meta")));

        direct.IsEphemeral.ShouldBeFalse();
        direct.Buttons.Select(b => (string)b["label"]!).ShouldContain("Sources");
        direct.Buttons.ShouldNotContain(b => ((string)b["custom_id"]!).StartsWith("sub|", StringComparison.Ordinal));
        server.Buttons.Select(b => (string)b["custom_id"]!).ShouldContain("sub|meta");
    }

    [Fact]
    public async Task MissingOption_IsAPrivateExplanation()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left"));

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldContain("/who-left");
    }

    [Fact]
    public async Task MarkdownAndMentionsTyped_AreShownAsTyped()
    {
        var result = await _host.SendAsync(Payloads.Command("who-left", Org("**@everyone** [x](https://evil.example)")));

        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldNotContain("](https://evil.example)");
        result.EmbedText.ShouldContain(@"\*\*@everyone\*\*");
    }

    private static Dictionary<string, string> Org(string name) => new() { ["org"] = name };

    // A source line: "[n] “quote”" in any of the four quote styles.
    [GeneratedRegex(@"^\[\d+\] (?:“|« ?|「)(?<quote>.*?)(?:”| ?»|」)$", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();

    private static string Unescape(string text) => EscapedCharacter().Replace(text, "$1");

    [GeneratedRegex(@"\\([\\*_~`|\[\]()<>#\-+])")]
    private static partial Regex EscapedCharacter();
}
