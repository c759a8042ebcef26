using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Tests;

/// <summary>Settings, locales, permissions, phrases and button ids: the small rules the adapter relies on.</summary>
public sealed class DiscordSettingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-discord-settings-" + Guid.NewGuid().ToString("N")[..8]);

    public DiscordSettingsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TokenInAnAppSettingsFile_IsRefusedByName()
    {
        var failure = Should.Throw<OptionsValidationException>(() => Options(file: ("appsettings.json", "from-a-file")));

        failure.Message.ShouldContain("DISCORD_BOT_TOKEN is in appsettings.json");
        failure.Message.ShouldNotContain("from-a-file");
    }

    [Fact]
    public void TokenInUserSecrets_IsRead()
    {
        Options(file: ("secrets.json", "from-user-secrets")).BotToken.ShouldBe("from-user-secrets");
    }

    [Fact]
    public void TokenFromTheEnvironment_IsRead_AndTheSectionCannotSetIt()
    {
        var options = Options(memory: new() { [DiscordOptions.BotTokenVariable] = " from-env ", ["Discord:PublicKey"] = null });

        options.BotToken.ShouldBe("from-env");
        typeof(DiscordOptions).GetProperty(nameof(DiscordOptions.BotToken))!.SetMethod!.IsPublic.ShouldBeFalse();
    }

    [Fact]
    public void Variables_OverTheSection()
    {
        var options = Options(memory: new()
        {
            ["Discord:ApplicationId"] = "1",
            [DiscordOptions.ApplicationIdVariable] = "2",
        });

        options.ApplicationId.ShouldBe("2");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/bot")]
    [InlineData("https://example.com/a,b")]
    [InlineData("https://example.com/(bot)")]
    public void UserAgentUrl_ThatCannotSitInTheUserAgent_IsRefusedByName(string url)
    {
        var failure = Should.Throw<OptionsValidationException>(() => Options(memory: new() { ["Discord:UserAgentUrl"] = url }));

        failure.Message.ShouldContain("Discord:UserAgentUrl");
    }

    [Fact]
    public void NothingSet_IsNotConfigured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Mode"] = "Endpoint" }).Build();

        DiscordOptions.IsConfigured(configuration).ShouldBeFalse();
    }

    [Theory]
    [InlineData("ja", Language.Japanese)]
    [InlineData("fr", Language.French)]
    [InlineData("it", Language.Italian)]
    [InlineData("en-US", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("pt-BR", null)]
    [InlineData("zh-CN", null)]
    [InlineData("", null)]
    public void Locale_MapsToAReplyLanguage(string locale, Language? expected) =>
        Locales.ToLanguage(locale).ShouldBe(expected);

    [Fact]
    public void UnknownUserLocale_FallsBackToTheServersThenEnglish()
    {
        Locales.LanguageOf(new Interaction { Locale = "ko", GuildLocale = "fr" }).ShouldBe(Language.French);
        Locales.LanguageOf(new Interaction { Locale = "ko" }).ShouldBe(Language.English);
    }

    [Theory]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("24", true)]
    [InlineData("2147483664", true)]
    [InlineData("2147483648", false)]
    [InlineData("32", false)]
    [InlineData("0", false)]
    [InlineData("9007199254740992", false)]
    [InlineData("not a number", false)]
    public void ManageChannels_OrAdministrator_FromThePermissionString(string permissions, bool allowed) =>
        MemberPermissions.CanManageChannels(new Interaction { Member = new GuildMember { Permissions = permissions } }).ShouldBe(allowed);

    [Fact]
    public void EveryDiscordPhrase_ExistsInEveryLanguage_WithTheSamePlaceholders()
    {
        foreach (var phrase in Enum.GetValues<DiscordPhrase>())
        {
            var english = DiscordPhrases.Table.Template(Language.English, phrase)!;
            foreach (var language in Enum.GetValues<Language>())
            {
                var template = DiscordPhrases.Table.Template(language, phrase);
                template.ShouldNotBeNull($"{phrase} in {language}");
                foreach (var placeholder in new[] { "{0}", "{1}" })
                    template.Contains(placeholder).ShouldBe(english.Contains(placeholder), $"{placeholder} of {phrase} in {language}");
            }
        }
    }

    [Theory]
    [InlineData("wl", "Meta")]
    [InlineData("mv", "Shengjia Zhao")]
    [InlineData("q", "Pourquoi | les chercheurs quittent-ils Meta ?")]
    public void ButtonIds_CarryTheRequestAndComeBackTheSame(string kind, string argument)
    {
        BotRequest request = kind switch
        {
            "wl" => new WhoLeftRequest(argument),
            "mv" => new MovesRequest(argument),
            _ => new AskRequest(argument),
        };
        var asked = new AskedRequest(request, Language.French);
        using var recent = new RecentRequests();
        var ids = new ButtonIds(recent);

        var id = ids.Page(ReplyView.Sources, 3, asked);

        id.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.CustomId);
        ids.Decode(id).ShouldBe(new ShowPage(ReplyView.Sources, 3, asked));
    }

    [Fact]
    public void ButtonIds_ALongQuestionIsRememberedUnderAShortKey()
    {
        var asked = new AskedRequest(new AskRequest(new string('?', 900)), Language.English);
        using var recent = new RecentRequests();
        var ids = new ButtonIds(recent);

        var id = ids.Page(ReplyView.Answer, 1, asked);

        id.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.CustomId);
        ids.Decode(id).ShouldBe(new ShowPage(ReplyView.Answer, 1, asked));
        new ButtonIds(new RecentRequests()).Decode(id).ShouldBeOfType<ExpiredButton>();
    }

    private DiscordOptions Options(Dictionary<string, string?>? memory = null, (string Name, string Token)? file = null)
    {
        var builder = new ConfigurationBuilder();
        if (file is { } f)
        {
            File.WriteAllText(Path.Combine(_folder, f.Name), $$"""{ "{{DiscordOptions.BotTokenVariable}}": "{{f.Token}}" }""");
            builder.AddJsonFile(Path.Combine(_folder, f.Name));
        }
        if (memory is not null) builder.AddInMemoryCollection(memory);
        var configuration = builder.Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDiscordRest().BuildServiceProvider();
        return services.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
