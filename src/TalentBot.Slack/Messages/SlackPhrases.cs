using System.Collections.Frozen;
using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>What only the Slack adapter says: button labels and the replies about buttons, commands and alerts.</summary>
public enum SlackPhrase
{
    SourcesButton,
    MoreButton,
    SubscribeButton,
    Continued,
    Page,
    AlertsNotEnabled,
    UnknownCommand,
    Failed,
    Expired,
}

/// <summary>
/// The adapter's strings in the four reply languages (a test holds that each exists in each). Templates use
/// composite-format placeholders. Immutable; safe to share across threads.
/// </summary>
public static class SlackPhrases
{
    private static readonly FrozenDictionary<Language, FrozenDictionary<SlackPhrase, string>> Tables =
        new Dictionary<Language, FrozenDictionary<SlackPhrase, string>>
        {
            [Language.English] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.SourcesButton] = "Sources",
                [SlackPhrase.MoreButton] = "More",
                [SlackPhrase.SubscribeButton] = "Subscribe to alerts for {0}",
                [SlackPhrase.Continued] = "{0} (continued)",
                [SlackPhrase.Page] = "Page {0} of {1}",
                [SlackPhrase.AlertsNotEnabled] = "Alerts are not enabled in this workspace yet. You can still ask with /who-left, /who-joined, /moves and /ask.",
                [SlackPhrase.UnknownCommand] = "I don't know the command {0}. Try /who-left, /who-joined, /moves or /ask, or mention me with a question.",
                [SlackPhrase.Failed] = "Sorry, something went wrong on my side while answering. It has been logged; please try again in a moment.",
                [SlackPhrase.Expired] = "That answer is no longer available. Please ask again.",
            }.ToFrozenDictionary(),
            [Language.French] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.SourcesButton] = "Sources",
                [SlackPhrase.MoreButton] = "Plus",
                [SlackPhrase.SubscribeButton] = "Alertes pour {0}",
                [SlackPhrase.Continued] = "{0} (suite)",
                [SlackPhrase.Page] = "Page {0} sur {1}",
                [SlackPhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées dans cet espace de travail. Vous pouvez toujours demander avec /who-left, /who-joined, /moves et /ask.",
                [SlackPhrase.UnknownCommand] = "Je ne connais pas la commande {0}. Essayez /who-left, /who-joined, /moves ou /ask, ou mentionnez-moi avec une question.",
                [SlackPhrase.Failed] = "Désolé, un problème de mon côté m'a empêché de répondre. Il a été consigné ; réessayez dans un instant.",
                [SlackPhrase.Expired] = "Cette réponse n'est plus disponible. Reposez la question.",
            }.ToFrozenDictionary(),
            [Language.Italian] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.SourcesButton] = "Fonti",
                [SlackPhrase.MoreButton] = "Altro",
                [SlackPhrase.SubscribeButton] = "Avvisi per {0}",
                [SlackPhrase.Continued] = "{0} (continua)",
                [SlackPhrase.Page] = "Pagina {0} di {1}",
                [SlackPhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi in questo workspace. Puoi comunque chiedere con /who-left, /who-joined, /moves e /ask.",
                [SlackPhrase.UnknownCommand] = "Non conosco il comando {0}. Prova /who-left, /who-joined, /moves o /ask, oppure menzionami con una domanda.",
                [SlackPhrase.Failed] = "Scusa, qualcosa è andato storto dalla mia parte. È stato registrato; riprova tra poco.",
                [SlackPhrase.Expired] = "Questa risposta non è più disponibile. Chiedi di nuovo.",
            }.ToFrozenDictionary(),
            [Language.Japanese] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.SourcesButton] = "出典",
                [SlackPhrase.MoreButton] = "続きを見る",
                [SlackPhrase.SubscribeButton] = "{0}のアラートを購読",
                [SlackPhrase.Continued] = "{0}（続き）",
                [SlackPhrase.Page] = "{0}/{1}ページ",
                [SlackPhrase.AlertsNotEnabled] = "このワークスペースではまだアラートが有効になっていません。/who-left、/who-joined、/moves、/ask での質問はできます。",
                [SlackPhrase.UnknownCommand] = "{0}というコマンドはありません。/who-left、/who-joined、/moves、/ask を使うか、メンションで質問してください。",
                [SlackPhrase.Failed] = "申し訳ありません。こちら側の問題で回答できませんでした。記録済みです。少し待ってからもう一度お試しください。",
                [SlackPhrase.Expired] = "この回答はもう表示できません。もう一度質問してください。",
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>The raw template, or null when <paramref name="language"/> lacks it (only a test should see null).</summary>
    public static string? Template(Language language, SlackPhrase phrase) =>
        Tables.TryGetValue(language, out var table) && table.TryGetValue(phrase, out var text) ? text : null;

    public static string Get(Language language, SlackPhrase phrase) =>
        Template(language, phrase) ?? Template(Language.English, phrase)!;

    public static string Format(Language language, SlackPhrase phrase, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, phrase), args);
}
