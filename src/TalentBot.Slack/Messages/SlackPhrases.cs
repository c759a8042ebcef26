using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>What only the Slack adapter says: button labels and the replies about buttons, commands and alerts.</summary>
public enum SlackPhrase
{
    AlertsNotEnabled,
    /// <summary>{0}: the command typed; {1}: the asking commands as declared (prefixed).</summary>
    UnknownCommand,
    /// <summary>{0}: Slack's error code.</summary>
    PictureNotShared,
}

public static class SlackPhrases
{
    /// <summary>Each <see cref="SlackPhrase"/> in the four reply languages (a test holds that each exists in each).</summary>
    public static PhraseTable<SlackPhrase> Table { get; } = new(
        new Dictionary<Language, IReadOnlyDictionary<SlackPhrase, string>>
        {
            [Language.English] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.AlertsNotEnabled] = "Alerts are not enabled in this workspace yet. You can still ask with {0}.",
                [SlackPhrase.UnknownCommand] = "I don't know the command {0}. Try one of {1}, or mention me with a question.",
                [SlackPhrase.PictureNotShared] = "The picture could not be shared in this channel ({0}): invite TalentBot to it, or ask an admin to grant it files:write.",
            },
            [Language.French] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.AlertsNotEnabled] = "Les alertes ne sont pas encore activées dans cet espace de travail. Vous pouvez toujours demander avec {0}.",
                [SlackPhrase.PictureNotShared] = "L'image n'a pas pu être partagée dans ce canal ({0}) : invitez-y TalentBot, ou demandez à un administrateur de lui accorder files:write.",
                [SlackPhrase.UnknownCommand] = "Je ne connais pas la commande {0}. Essayez l'une de {1}, ou mentionnez-moi avec une question.",
            },
            [Language.Italian] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.AlertsNotEnabled] = "Gli avvisi non sono ancora attivi in questo workspace. Puoi comunque chiedere con {0}.",
                [SlackPhrase.PictureNotShared] = "Non è stato possibile condividere il grafico in questo canale ({0}): invita TalentBot nel canale, o chiedi a un amministratore di concedergli files:write.",
                [SlackPhrase.UnknownCommand] = "Non conosco il comando {0}. Prova uno di {1}, oppure menzionami con una domanda.",
            },
            [Language.Japanese] = new Dictionary<SlackPhrase, string>
            {
                [SlackPhrase.AlertsNotEnabled] = "このワークスペースではまだアラートが有効になっていません。{0} での質問はできます。",
                [SlackPhrase.PictureNotShared] = "このチャンネルに図を共有できませんでした（{0}）。TalentBot をチャンネルに招待するか、管理者に files:write の権限を依頼してください。",
                [SlackPhrase.UnknownCommand] = "{0}というコマンドはありません。{1} のいずれかを使うか、メンションで質問してください。",
            },
        });
}
