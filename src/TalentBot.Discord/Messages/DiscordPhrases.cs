using System.Collections.Frozen;
using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Discord.Messages;

/// <summary>What only the Discord adapter says: button labels and the replies about buttons, permissions and alerts.</summary>
public enum DiscordPhrase
{
    AlertsNotEnabled,
    NeedsManageChannels,
    NeedsServer,
    UnknownCommand,
    Unsupported,
}

/// <summary>
/// The adapter's strings in the four reply languages (a test holds that each exists in each). Templates use
/// composite-format placeholders. Immutable; safe to share across threads.
/// </summary>
public static class DiscordPhrases
{
    private static readonly FrozenDictionary<Language, FrozenDictionary<DiscordPhrase, string>> Tables =
        new Dictionary<Language, FrozenDictionary<DiscordPhrase, string>>
        {
            [Language.English] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Alerts are not enabled on this server yet. You can still ask with /who-left, /who-joined, /moves and /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Changing this channel's alerts needs the Manage Channels permission.",
                [DiscordPhrase.NeedsServer] = "Alerts belong to a server channel: use this command in a server.",
                [DiscordPhrase.UnknownCommand] = "I don't know the command /{0}. Try /who-left, /who-joined, /moves, /ask or /help.",
                [DiscordPhrase.Unsupported] = "TalentBot does not handle that kind of interaction.",
            }.ToFrozenDictionary(),
            [Language.French] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées sur ce serveur. Vous pouvez toujours demander avec /who-left, /who-joined, /moves et /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Modifier les alertes de ce salon demande la permission Gérer les salons.",
                [DiscordPhrase.NeedsServer] = "Les alertes appartiennent à un salon de serveur : utilisez cette commande sur un serveur.",
                [DiscordPhrase.UnknownCommand] = "Je ne connais pas la commande /{0}. Essayez /who-left, /who-joined, /moves, /ask ou /help.",
                [DiscordPhrase.Unsupported] = "TalentBot ne traite pas ce type d'interaction.",
            }.ToFrozenDictionary(),
            [Language.Italian] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi su questo server. Puoi comunque chiedere con /who-left, /who-joined, /moves e /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Per cambiare gli avvisi di questo canale serve il permesso Gestire i canali.",
                [DiscordPhrase.NeedsServer] = "Gli avvisi appartengono a un canale di un server: usa questo comando in un server.",
                [DiscordPhrase.UnknownCommand] = "Non conosco il comando /{0}. Prova /who-left, /who-joined, /moves, /ask o /help.",
                [DiscordPhrase.Unsupported] = "TalentBot non gestisce questo tipo di interazione.",
            }.ToFrozenDictionary(),
            [Language.Japanese] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "このサーバーではまだアラートが有効になっていません。/who-left、/who-joined、/moves、/ask での質問はできます。",
                [DiscordPhrase.NeedsManageChannels] = "このチャンネルのアラートを変更するには「チャンネルの管理」権限が必要です。",
                [DiscordPhrase.NeedsServer] = "アラートはサーバーのチャンネルに設定します。サーバー内でこのコマンドを使ってください。",
                [DiscordPhrase.UnknownCommand] = "/{0}というコマンドはありません。/who-left、/who-joined、/moves、/ask、/help をお試しください。",
                [DiscordPhrase.Unsupported] = "TalentBot はこの種類の操作に対応していません。",
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>The raw template, or null when <paramref name="language"/> lacks it (only a test should see null).</summary>
    public static string? Template(Language language, DiscordPhrase phrase) =>
        Tables.TryGetValue(language, out var table) && table.TryGetValue(phrase, out var text) ? text : null;

    public static string Get(Language language, DiscordPhrase phrase) =>
        Template(language, phrase) ?? Template(Language.English, phrase)!;

    public static string Format(Language language, DiscordPhrase phrase, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, phrase), args);
}
