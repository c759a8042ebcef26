using TalentBot.Chat.Replies;
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
    HelpServersOnly,
    HelpNeedsManageChannels,
    HelpSlashCommandsOnly,
}

public static class DiscordPhrases
{
    /// <summary>Each <see cref="DiscordPhrase"/> in the four reply languages (a test holds that each exists in each).</summary>
    public static PhraseTable<DiscordPhrase> Table { get; } = new(
        new Dictionary<Language, IReadOnlyDictionary<DiscordPhrase, string>>
        {
            [Language.English] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Alerts are not enabled on this server yet. /{0} lists what you can still ask.",
                [DiscordPhrase.NeedsManageChannels] = "Changing this channel's alerts needs the Manage Channels permission.",
                [DiscordPhrase.NeedsServer] = "Alerts belong to a server channel: use this command in a server.",
                [DiscordPhrase.UnknownCommand] = "I don't know the command /{0}. /{1} lists every command.",
                [DiscordPhrase.HelpServersOnly] = "in a server",
                [DiscordPhrase.HelpNeedsManageChannels] = "needs Manage Channels",
                [DiscordPhrase.HelpSlashCommandsOnly] = "TalentBot answers these commands only: it does not read messages. Ask anything with /{0}, in English, français, italiano or 日本語.",
                [DiscordPhrase.Unsupported] = "TalentBot does not handle that kind of interaction.",
            },
            [Language.French] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées sur ce serveur. /{0} liste ce que vous pouvez toujours demander.",
                [DiscordPhrase.NeedsManageChannels] = "Modifier les alertes de ce salon demande la permission Gérer les salons.",
                [DiscordPhrase.NeedsServer] = "Les alertes appartiennent à un salon de serveur : utilisez cette commande sur un serveur.",
                [DiscordPhrase.UnknownCommand] = "Je ne connais pas la commande /{0}. /{1} liste toutes les commandes.",
                [DiscordPhrase.HelpServersOnly] = "sur un serveur",
                [DiscordPhrase.HelpNeedsManageChannels] = "demande la permission Gérer les salons",
                [DiscordPhrase.HelpSlashCommandsOnly] = "TalentBot ne répond qu'à ces commandes : il ne lit pas les messages. Posez n'importe quelle question avec /{0}, en français, English, italiano ou 日本語.",
                [DiscordPhrase.Unsupported] = "TalentBot ne traite pas ce type d'interaction.",
            },
            [Language.Italian] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi su questo server. /{0} elenca cosa puoi comunque chiedere.",
                [DiscordPhrase.NeedsManageChannels] = "Per cambiare gli avvisi di questo canale serve il permesso Gestire i canali.",
                [DiscordPhrase.NeedsServer] = "Gli avvisi appartengono a un canale di un server: usa questo comando in un server.",
                [DiscordPhrase.UnknownCommand] = "Non conosco il comando /{0}. /{1} elenca tutti i comandi.",
                [DiscordPhrase.HelpServersOnly] = "in un server",
                [DiscordPhrase.HelpNeedsManageChannels] = "serve il permesso Gestire i canali",
                [DiscordPhrase.HelpSlashCommandsOnly] = "TalentBot risponde solo a questi comandi: non legge i messaggi. Chiedi qualsiasi cosa con /{0}, in italiano, English, français o 日本語.",
                [DiscordPhrase.Unsupported] = "TalentBot non gestisce questo tipo di interazione.",
            },
            [Language.Japanese] = new Dictionary<DiscordPhrase, string>
            {
                [DiscordPhrase.AlertsNotEnabled] = "このサーバーではまだアラートが有効になっていません。質問できることは /{0} で確認できます。",
                [DiscordPhrase.NeedsManageChannels] = "このチャンネルのアラートを変更するには「チャンネルの管理」権限が必要です。",
                [DiscordPhrase.NeedsServer] = "アラートはサーバーのチャンネルに設定します。サーバー内でこのコマンドを使ってください。",
                [DiscordPhrase.UnknownCommand] = "/{0}というコマンドはありません。/{1} ですべてのコマンドを確認できます。",
                [DiscordPhrase.HelpServersOnly] = "サーバー内のみ",
                [DiscordPhrase.HelpNeedsManageChannels] = "「チャンネルの管理」権限が必要",
                [DiscordPhrase.HelpSlashCommandsOnly] = "TalentBot はこれらのコマンドにだけ答え、メッセージは読みません。自由な質問は /{0} で、日本語、English、français、italiano のいずれでもどうぞ。",
                [DiscordPhrase.Unsupported] = "TalentBot はこの種類の操作に対応していません。",
            },
        });
}
