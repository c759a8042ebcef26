using System.Collections.Frozen;
using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Slack.Home;

/// <summary>What the Home tab says around the moves, which are worded as replies are.</summary>
public enum HomePhrase
{
    Title,
    SubscriptionsHeader,
    /// <summary>{0}: the channel; {1}: what it follows; {2}: its digest schedule.</summary>
    SubscriptionLine,
    /// <summary>{0}: how many more.</summary>
    MoreSubscriptions,
    /// <summary>{0}: how many days.</summary>
    RecentHeader,
    /// <summary>{0}: the digest command as declared.</summary>
    MoreInDigest,
    /// <summary>{0}: the subscribe command; {1}: the digest command, as declared.</summary>
    NoSubscriptions,
    /// <summary>{0}: the ask command as declared.</summary>
    AlertsNotEnabled,
}

/// <summary>
/// The Home tab's strings in the four reply languages (a test holds that each exists in each); templates use
/// composite-format placeholders and mrkdwn. Immutable; safe to share across threads.
/// </summary>
public static class HomePhrases
{
    private static readonly FrozenDictionary<Language, FrozenDictionary<HomePhrase, string>> Tables =
        new Dictionary<Language, FrozenDictionary<HomePhrase, string>>
        {
            [Language.English] = new Dictionary<HomePhrase, string>
            {
                [HomePhrase.Title] = "TalentBot in this workspace",
                [HomePhrase.SubscriptionsHeader] = "Subscriptions",
                [HomePhrase.SubscriptionLine] = "{0} follows {1}. Digest: {2}.",
                [HomePhrase.MoreSubscriptions] = "and {0} more channels.",
                [HomePhrase.RecentHeader] = "Moves of the last {0} days",
                [HomePhrase.MoreInDigest] = "Not everything fits here: {0} in a channel shows its moves of the last day in full.",
                [HomePhrase.NoSubscriptions] = "No channel here follows any moves yet. In a channel, type *{0} meta* to hear of Meta's moves there, and *{1} 09:00 Europe/Paris* to choose when its daily digest comes.",
                [HomePhrase.AlertsNotEnabled] = "Alerts are not enabled in this workspace yet, so no channel follows any moves. You can still ask: *{0} who left Meta?*, or mention me.",
            }.ToFrozenDictionary(),
            [Language.French] = new Dictionary<HomePhrase, string>
            {
                [HomePhrase.Title] = "TalentBot dans cet espace de travail",
                [HomePhrase.SubscriptionsHeader] = "Abonnements",
                [HomePhrase.SubscriptionLine] = "{0} suit {1}. Résumé : {2}.",
                [HomePhrase.MoreSubscriptions] = "et {0} autres canaux.",
                [HomePhrase.RecentHeader] = "Mouvements des {0} derniers jours",
                [HomePhrase.MoreInDigest] = "Tout ne tient pas ici : {0} dans un canal montre en entier ses mouvements du dernier jour.",
                [HomePhrase.NoSubscriptions] = "Aucun canal ne suit encore de mouvements ici. Dans un canal, tapez *{0} meta* pour y être averti des mouvements de Meta, et *{1} 09:00 Europe/Paris* pour choisir l'heure de son résumé quotidien.",
                [HomePhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées dans cet espace de travail : aucun canal ne suit de mouvements. Vous pouvez toujours demander : *{0} qui a quitté Meta ?*, ou me mentionner.",
            }.ToFrozenDictionary(),
            [Language.Italian] = new Dictionary<HomePhrase, string>
            {
                [HomePhrase.Title] = "TalentBot in questo workspace",
                [HomePhrase.SubscriptionsHeader] = "Iscrizioni",
                [HomePhrase.SubscriptionLine] = "{0} segue {1}. Riepilogo: {2}.",
                [HomePhrase.MoreSubscriptions] = "e altri {0} canali.",
                [HomePhrase.RecentHeader] = "Spostamenti degli ultimi {0} giorni",
                [HomePhrase.MoreInDigest] = "Qui non c'è spazio per tutto: {0} in un canale mostra per intero i suoi spostamenti dell'ultimo giorno.",
                [HomePhrase.NoSubscriptions] = "Nessun canale segue ancora degli spostamenti. In un canale, scrivi *{0} meta* per ricevere lì gli spostamenti di Meta, e *{1} 09:00 Europe/Rome* per scegliere l'ora del riepilogo quotidiano.",
                [HomePhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi in questo workspace, quindi nessun canale segue spostamenti. Puoi comunque chiedere: *{0} chi ha lasciato Meta?*, oppure menzionarmi.",
            }.ToFrozenDictionary(),
            [Language.Japanese] = new Dictionary<HomePhrase, string>
            {
                [HomePhrase.Title] = "このワークスペースの TalentBot",
                [HomePhrase.SubscriptionsHeader] = "購読",
                [HomePhrase.SubscriptionLine] = "{0} は {1} をフォローしています。ダイジェスト：{2}。",
                [HomePhrase.MoreSubscriptions] = "ほかに {0} チャンネル。",
                [HomePhrase.RecentHeader] = "過去 {0} 日間の移籍",
                [HomePhrase.MoreInDigest] = "ここにはすべて表示できません。チャンネルで {0} を使うと、過去1日の移籍をすべて表示します。",
                [HomePhrase.NoSubscriptions] = "このワークスペースではまだどのチャンネルも移籍をフォローしていません。チャンネルで *{0} meta* と入力するとそのチャンネルに Meta の移籍が届き、*{1} 09:00 Asia/Tokyo* で毎日のダイジェストの時刻を選べます。",
                [HomePhrase.AlertsNotEnabled] = "このワークスペースではまだアラートが有効になっていないため、移籍をフォローしているチャンネルはありません。*{0} Metaを辞めたのは誰？* のように質問するか、メンションしてください。",
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>The raw template, or null when <paramref name="language"/> lacks it (only a test should see null).</summary>
    public static string? Template(Language language, HomePhrase phrase) =>
        Tables.TryGetValue(language, out var table) && table.TryGetValue(phrase, out var text) ? text : null;

    public static string Get(Language language, HomePhrase phrase) =>
        Template(language, phrase) ?? Template(Language.English, phrase)!;

    public static string Format(Language language, HomePhrase phrase, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, phrase), args);
}
