using TalentBot.Core;
using TalentBot.Discord.Interactions;

namespace TalentBot.Discord.Commands;

/// <summary>The slash commands' names and option names, shared by registration and routing.</summary>
public static class CommandNames
{
    public const string WhoLeft = "who-left";
    public const string WhoJoined = "who-joined";
    public const string Moves = "moves";
    public const string Ask = "ask";
    public const string Help = "help";
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Subscriptions = "subscriptions";
    public const string Digest = "digest";
    public const string Flows = "flows";

    public const string OrganisationOption = "org";
    public const string PersonOption = "person";
    public const string QuestionOption = "question";
    public const string InferredOption = "inferred";
    public const string SinceOption = "since";
}

/// <summary>
/// An application command as registered (Discord's shape). <see cref="NameLocalizations"/> are what a client in that
/// locale shows and lets the user type; interactions still carry <see cref="Name"/>, the default name, so routing never
/// depends on the user's language. Immutable.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    IReadOnlyDictionary<string, string> NameLocalizations,
    string Description,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<CommandOptionDefinition> Options,
    string? DefaultMemberPermissions,
    IReadOnlyList<int> Contexts)
{
    /// <summary>CHAT_INPUT: a slash command.</summary>
    public int Type => 1;

    /// <summary>Installed to servers (GUILD_INSTALL).</summary>
    public IReadOnlyList<int> IntegrationTypes => [0];
}

/// <summary>
/// An option of a command. <see cref="Autocomplete"/> is null, and not sent, for a type that cannot autocomplete. Like a
/// command's, its localised names are shown by clients while interactions carry <see cref="Name"/>.
/// </summary>
public sealed record CommandOptionDefinition(
    string Name,
    IReadOnlyDictionary<string, string> NameLocalizations,
    string Description,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    bool Required,
    bool? Autocomplete,
    int? MaxLength)
{
    /// <summary>STRING.</summary>
    public const int StringType = 3;

    /// <summary>BOOLEAN: Discord offers True and False to pick from.</summary>
    public const int BooleanType = 5;

    /// <summary><see cref="StringType"/> unless set.</summary>
    public int Type { get; init; } = StringType;
}

/// <summary>
/// The commands TalentBot registers, with descriptions in the four languages it answers in. The same list every
/// time, so a bulk overwrite with it is idempotent.
/// </summary>
public static class CommandCatalogue
{
    /// <summary>Interaction contexts: a server (GUILD) and the bot's direct messages (BOT_DM).</summary>
    public const int Servers = 0;

    public const int BotDirectMessages = 1;

    private static readonly IReadOnlyList<int> Anywhere = [Servers, BotDirectMessages];

    private static readonly IReadOnlyList<int> ServersOnly = [Servers];

    /// <summary>Manage Channels (1 &lt;&lt; 4) as Discord's permission string: members without it do not see the command.</summary>
    public const string ManageChannels = "16";

    /// <summary>Free questions are answered up to this length (the answerer's own limit).</summary>
    private const int QuestionMaxLength = 1000;

    /// <summary>Names are short; the limit keeps them inside a button's custom id for Sources and More.</summary>
    private const int NameMaxLength = 80;

    /// <summary>The longest date /flows reads: 2025-07-15.</summary>
    private const int SinceMaxLength = 10;

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        Command(CommandNames.WhoLeft, ("qui-est-parti", "chi-ha-lasciato", "辞めた人"), Anywhere, null,
            ("Who left an organisation, with cited sources", "Qui a quitté une organisation, avec sources", "Chi ha lasciato un'organizzazione, con fonti", "組織を辞めた人（出典付き）"),
            Organisation(required: true)),
        Command(CommandNames.WhoJoined, ("qui-a-rejoint", "chi-è-entrato", "加わった人"), Anywhere, null,
            ("Who joined an organisation, with cited sources", "Qui a rejoint une organisation, avec sources", "Chi è entrato in un'organizzazione, con fonti", "組織に加わった人（出典付き）"),
            Organisation(required: true)),
        Command(CommandNames.Moves, ("mouvements", "spostamenti", "移籍歴"), Anywhere, null,
            ("A person's moves, with cited sources", "Les mouvements d'une personne, avec sources", "Gli spostamenti di una persona, con fonti", "人物の移籍歴（出典付き）"),
            Person(required: true)),
        Command(CommandNames.Flows, ("flux", "flussi", "人材の流れ"), Anywhere, null,
            ("Who came to and left an organisation, by organisation: a picture with cited sources", "Arrivées et départs d'une organisation, en image, avec sources", "Arrivi e partenze di un'organizzazione, in un grafico, con fonti", "組織の人材の出入りをグラフで（出典付き）"),
            Organisation(required: true),
            new CommandOptionDefinition(CommandNames.SinceOption, Localized("depuis", "dal", "開始日"),
                "From this date on: 2025, 2025-07 or 2025-07-15 (default: every move)",
                Localized("À partir de cette date : 2025, 2025-07 ou 2025-07-15", "Da questa data: 2025, 2025-07 o 2025-07-15", "この日以降：2025、2025-07、2025-07-15"),
                Required: false, Autocomplete: false, SinceMaxLength)),
        Command(CommandNames.Ask, ("demander", "chiedi", "質問する"), Anywhere, null,
            ("Ask about the AI talent war in English, 日本語, français or italiano", "Posez une question sur la guerre des talents de l'IA", "Fai una domanda sulla guerra dei talenti dell'IA", "AI人材争奪戦について質問する"),
            new CommandOptionDefinition(CommandNames.QuestionOption, Localized("question", "domanda", "質問"), "Your question",
                Localized("Votre question", "La tua domanda", "質問"), Required: true, Autocomplete: false, QuestionMaxLength)),
        Command(CommandNames.Help, ("aide", "aiuto", "ヘルプ"), Anywhere, null,
            ("Every TalentBot command, and what it answers", "Toutes les commandes de TalentBot", "Tutti i comandi di TalentBot", "TalentBot のすべてのコマンド")),
        Command(CommandNames.Subscribe, ("suivre", "segui", "通知登録"), ServersOnly, ManageChannels,
            ("Alert this channel to moves stated at an organisation or by a person", "Alerter ce salon des nouveaux mouvements affirmés", "Avvisa questo canale dei nuovi spostamenti dichiarati", "このチャンネルに明記された新しい移籍を通知する"),
            Organisation(required: false), Person(required: false),
            Inferred(("Also moves inferred from context, not only those an article states", "Aussi les mouvements déduits du contexte", "Anche gli spostamenti dedotti dal contesto", "文脈から推定した移籍も通知する"))),
        Command(CommandNames.Unsubscribe, ("ne-plus-suivre", "non-seguire", "通知解除"), ServersOnly, ManageChannels,
            ("Stop this channel's alerts for an organisation or a person", "Arrêter les alertes de ce salon", "Ferma gli avvisi di questo canale", "このチャンネルの通知を止める"),
            Organisation(required: false), Person(required: false),
            Inferred(("Stop moves inferred from context; keep those an article states", "Arrêter les mouvements déduits du contexte", "Ferma gli spostamenti dedotti dal contesto", "文脈から推定した移籍の通知を止める"))),
        Command(CommandNames.Subscriptions, ("alertes", "avvisi", "通知一覧"), ServersOnly, null,
            ("This channel's alerts and their last deliveries", "Les alertes de ce salon", "Gli avvisi di questo canale", "このチャンネルの通知一覧")),
        Command(CommandNames.Digest, ("résumé", "riepilogo", "まとめ"), ServersOnly, null,
            ("Post the digest of the last day's moves here", "Publier ici le résumé des mouvements du jour", "Pubblica qui il riepilogo degli spostamenti del giorno", "直近1日の移籍まとめをここに投稿する")),
    ];

    /// <summary>The registered command named <paramref name="name"/> (its default name), or null.</summary>
    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>
    /// Localised names follow Discord's rule for names (lowercase, 1-32 letters, digits, <c>-</c> or <c>_</c>): no spaces
    /// and no apostrophes, so "who-left" is "qui-est-parti", not "qui est parti".
    /// </summary>
    private static CommandDefinition Command(
        string name, (string Fr, string It, string Ja) localizedName, IReadOnlyList<int> contexts, string? permissions,
        (string En, string Fr, string It, string Ja) description, params CommandOptionDefinition[] options) =>
        new(name, Localized(localizedName.Fr, localizedName.It, localizedName.Ja),
            description.En, Localized(description.Fr, description.It, description.Ja), options, permissions, contexts);

    private static CommandOptionDefinition Organisation(bool required) =>
        new(CommandNames.OrganisationOption, Localized("organisation", "organizzazione", "組織"), "An organisation: Meta, OpenAI, メタ …",
            Localized("Une organisation : Meta, OpenAI …", "Un'organizzazione: Meta, OpenAI …", "組織：メタ、OpenAI など"),
            required, Autocomplete: true, NameMaxLength);

    private static CommandOptionDefinition Person(bool required) =>
        new(CommandNames.PersonOption, Localized("personne", "persona", "人物"), "A person: Shengjia Zhao, Alexandr Wang …",
            Localized("Une personne : Shengjia Zhao …", "Una persona: Shengjia Zhao …", "人物：シェンジア・ジャオ など"),
            required, Autocomplete: true, NameMaxLength);

    /// <summary>The inferred option of /subscribe and /unsubscribe: a flag, the same word Slack reads in free text.</summary>
    private static CommandOptionDefinition Inferred((string En, string Fr, string It, string Ja) description) =>
        new(CommandNames.InferredOption, Localized("déduits", "dedotti", "推定も含む"), description.En,
            Localized(description.Fr, description.It, description.Ja), Required: false, Autocomplete: null, MaxLength: null)
        {
            Type = CommandOptionDefinition.BooleanType,
        };

    /// <summary>Keyed by Discord's locale codes for the languages TalentBot answers in besides English.</summary>
    private static Dictionary<string, string> Localized(string french, string italian, string japanese) =>
        new() { [Locales.KeyOf(Language.French)!] = french, [Locales.KeyOf(Language.Italian)!] = italian, [Locales.KeyOf(Language.Japanese)!] = japanese };
}

/// <summary>What a user in a given language sees of a command or an option: its localised name and description.</summary>
public static class CommandLocalization
{
    public static string NameIn(this CommandDefinition command, Language language) =>
        In(command.NameLocalizations, language) ?? command.Name;

    public static string DescriptionIn(this CommandDefinition command, Language language) =>
        In(command.DescriptionLocalizations, language) ?? command.Description;

    public static string NameIn(this CommandOptionDefinition option, Language language) =>
        In(option.NameLocalizations, language) ?? option.Name;

    private static string? In(IReadOnlyDictionary<string, string> localizations, Language language) =>
        Locales.KeyOf(language) is { } key && localizations.TryGetValue(key, out var text) ? text : null;
}
