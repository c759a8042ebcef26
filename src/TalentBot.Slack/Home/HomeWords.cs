using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Slack.Home;

/// <summary>
/// What the Home tab says around the moves (which are worded as replies are), in one language: a record per language,
/// so the compiler holds that every phrase exists in each. Templates are mrkdwn with composite-format placeholders.
/// </summary>
/// <param name="SubscriptionLine">{0}: the channel; {1}: what it follows; {2}: its digest schedule.</param>
/// <param name="MoreSubscriptions">{0}: how many more channels.</param>
/// <param name="RecentHeader">{0}: how many days.</param>
/// <param name="MoreInDigest">{0}: the digest command as declared.</param>
/// <param name="NoSubscriptions">{0}: the subscribe command; {1}: the digest command, as declared.</param>
/// <param name="AlertsNotEnabled">{0}: the ask command as declared.</param>
public sealed record HomeWords(
    string Title,
    string SubscriptionsHeader,
    string SubscriptionLine,
    string MoreSubscriptions,
    string RecentHeader,
    string MoreInDigest,
    string NoSubscriptions,
    string AlertsNotEnabled)
{
    public static HomeWords In(Language language) => language switch
    {
        Language.French => French,
        Language.Italian => Italian,
        Language.Japanese => Japanese,
        _ => English,
    };

    public static string Fill(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private static readonly HomeWords English = new(
        Title: "TalentBot in this workspace",
        SubscriptionsHeader: "Subscriptions",
        SubscriptionLine: "{0} follows {1}. Digest: {2}.",
        MoreSubscriptions: "and {0} more channels.",
        RecentHeader: "Moves of the last {0} days",
        MoreInDigest: "Not everything fits here: {0} in a channel shows its moves of the last day in full.",
        NoSubscriptions: "No channel here follows any moves yet. In a channel, type *{0} meta* to hear of Meta's moves there, and *{1} 09:00 Europe/Paris* to choose when its daily digest comes.",
        AlertsNotEnabled: "Alerts are not enabled in this workspace yet, so no channel follows any moves. You can still ask: *{0} who left Meta?*, or mention me.");

    private static readonly HomeWords French = new(
        Title: "TalentBot dans cet espace de travail",
        SubscriptionsHeader: "Abonnements",
        SubscriptionLine: "{0} suit {1}. Résumé : {2}.",
        MoreSubscriptions: "et {0} autres canaux.",
        RecentHeader: "Mouvements des {0} derniers jours",
        MoreInDigest: "Tout ne tient pas ici : {0} dans un canal montre en entier ses mouvements du dernier jour.",
        NoSubscriptions: "Aucun canal ne suit encore de mouvements ici. Dans un canal, tapez *{0} meta* pour y être averti des mouvements de Meta, et *{1} 09:00 Europe/Paris* pour choisir l'heure de son résumé quotidien.",
        AlertsNotEnabled: "Les alertes ne sont pas encore activées dans cet espace de travail : aucun canal ne suit de mouvements. Vous pouvez toujours demander : *{0} qui a quitté Meta ?*, ou me mentionner.");

    private static readonly HomeWords Italian = new(
        Title: "TalentBot in questo workspace",
        SubscriptionsHeader: "Iscrizioni",
        SubscriptionLine: "{0} segue {1}. Riepilogo: {2}.",
        MoreSubscriptions: "e altri {0} canali.",
        RecentHeader: "Spostamenti degli ultimi {0} giorni",
        MoreInDigest: "Qui non c'è spazio per tutto: {0} in un canale mostra per intero i suoi spostamenti dell'ultimo giorno.",
        NoSubscriptions: "Nessun canale segue ancora degli spostamenti. In un canale, scrivi *{0} meta* per ricevere lì gli spostamenti di Meta, e *{1} 09:00 Europe/Rome* per scegliere l'ora del riepilogo quotidiano.",
        AlertsNotEnabled: "Gli avvisi non sono ancora attivi in questo workspace, quindi nessun canale segue spostamenti. Puoi comunque chiedere: *{0} chi ha lasciato Meta?*, oppure menzionarmi.");

    private static readonly HomeWords Japanese = new(
        Title: "このワークスペースの TalentBot",
        SubscriptionsHeader: "購読",
        SubscriptionLine: "{0} は {1} をフォローしています。ダイジェスト：{2}。",
        MoreSubscriptions: "ほかに {0} チャンネル。",
        RecentHeader: "過去 {0} 日間の移籍",
        MoreInDigest: "ここにはすべて表示できません。チャンネルで {0} を使うと、過去1日の移籍をすべて表示します。",
        NoSubscriptions: "このワークスペースではまだどのチャンネルも移籍をフォローしていません。チャンネルで *{0} meta* と入力するとそのチャンネルに Meta の移籍が届き、*{1} 09:00 Asia/Tokyo* で毎日のダイジェストの時刻を選べます。",
        AlertsNotEnabled: "このワークスペースではまだアラートが有効になっていないため、移籍をフォローしているチャンネルはありません。*{0} Metaを辞めたのは誰？* のように質問するか、メンションしてください。");
}
