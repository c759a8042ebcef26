using System.Collections.Frozen;
using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Discord.Messages;

/// <summary>What only the Discord adapter says: button labels and the replies about buttons, permissions and alerts.</summary>
public enum DiscordPhrase
{
    SourcesButton,
    MoreButton,
    SubscribeButton,
    Continued,
    Page,
    AlertsNotEnabled,
    NeedsManageChannels,
    NeedsServer,
    UnknownCommand,
    Failed,
    Expired,
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
                [DiscordPhrase.SourcesButton] = "Sources",
                [DiscordPhrase.MoreButton] = "More",
                [DiscordPhrase.SubscribeButton] = "Subscribe to alerts for {0}",
                [DiscordPhrase.Continued] = "{0} (continued)",
                [DiscordPhrase.Page] = "Page {0} of {1}",
                [DiscordPhrase.AlertsNotEnabled] = "Alerts are not enabled on this server yet. You can still ask with /who-left, /who-joined, /moves and /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Changing this channel's alerts needs the Manage Channels permission.",
                [DiscordPhrase.NeedsServer] = "Alerts belong to a server channel: use this command in a server.",
                [DiscordPhrase.UnknownCommand] = "I don't know the command /{0}. Try /who-left, /who-joined, /moves, /ask or /help.",
                [DiscordPhrase.Failed] = "Sorry, something went wrong on my side while answering. It has been logged; please try again in a moment.",
                [DiscordPhrase.Expired] = "That answer is no longer available. Please ask again.",
                [DiscordPhrase.Unsupported] = "TalentBot does not handle that kind of interaction.",
            }.ToFrozenDictionary(),
            [Language.French] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.SourcesButton] = "Sources",
                [DiscordPhrase.MoreButton] = "Plus",
                [DiscordPhrase.SubscribeButton] = "Alertes pour {0}",
                [DiscordPhrase.Continued] = "{0} (suite)",
                [DiscordPhrase.Page] = "Page {0} sur {1}",
                [DiscordPhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées sur ce serveur. Vous pouvez toujours demander avec /who-left, /who-joined, /moves et /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Modifier les alertes de ce salon demande la permission Gérer les salons.",
                [DiscordPhrase.NeedsServer] = "Les alertes appartiennent à un salon de serveur : utilisez cette commande sur un serveur.",
                [DiscordPhrase.UnknownCommand] = "Je ne connais pas la commande /{0}. Essayez /who-left, /who-joined, /moves, /ask ou /help.",
                [DiscordPhrase.Failed] = "Désolé, un problème de mon côté m'a empêché de répondre. Il a été consigné ; réessayez dans un instant.",
                [DiscordPhrase.Expired] = "Cette réponse n'est plus disponible. Reposez la question.",
                [DiscordPhrase.Unsupported] = "TalentBot ne traite pas ce type d'interaction.",
            }.ToFrozenDictionary(),
            [Language.Italian] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.SourcesButton] = "Fonti",
                [DiscordPhrase.MoreButton] = "Altro",
                [DiscordPhrase.SubscribeButton] = "Avvisi per {0}",
                [DiscordPhrase.Continued] = "{0} (continua)",
                [DiscordPhrase.Page] = "Pagina {0} di {1}",
                [DiscordPhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi su questo server. Puoi comunque chiedere con /who-left, /who-joined, /moves e /ask.",
                [DiscordPhrase.NeedsManageChannels] = "Per cambiare gli avvisi di questo canale serve il permesso Gestire i canali.",
                [DiscordPhrase.NeedsServer] = "Gli avvisi appartengono a un canale di un server: usa questo comando in un server.",
                [DiscordPhrase.UnknownCommand] = "Non conosco il comando /{0}. Prova /who-left, /who-joined, /moves, /ask o /help.",
                [DiscordPhrase.Failed] = "Scusa, qualcosa è andato storto dalla mia parte. È stato registrato; riprova tra poco.",
                [DiscordPhrase.Expired] = "Questa risposta non è più disponibile. Chiedi di nuovo.",
                [DiscordPhrase.Unsupported] = "TalentBot non gestisce questo tipo di interazione.",
            }.ToFrozenDictionary(),
            [Language.Japanese] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.SourcesButton] = "出典",
                [DiscordPhrase.MoreButton] = "続きを見る",
                [DiscordPhrase.SubscribeButton] = "{0}のアラートを購読",
                [DiscordPhrase.Continued] = "{0}（続き）",
                [DiscordPhrase.Page] = "{0}/{1}ページ",
                [DiscordPhrase.AlertsNotEnabled] = "このサーバーではまだアラートが有効になっていません。/who-left、/who-joined、/moves、/ask での質問はできます。",
                [DiscordPhrase.NeedsManageChannels] = "このチャンネルのアラートを変更するには「チャンネルの管理」権限が必要です。",
                [DiscordPhrase.NeedsServer] = "アラートはサーバーのチャンネルに設定します。サーバー内でこのコマンドを使ってください。",
                [DiscordPhrase.UnknownCommand] = "/{0}というコマンドはありません。/who-left、/who-joined、/moves、/ask、/help をお試しください。",
                [DiscordPhrase.Failed] = "申し訳ありません。こちら側の問題で回答できませんでした。記録済みです。少し待ってからもう一度お試しください。",
                [DiscordPhrase.Expired] = "この回答はもう表示できません。もう一度質問してください。",
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
