using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Suggestions while an organisation or person option is typed, from the registry in any script. A suggestion
/// shows the alias that matched ("Meta (メタ)") and fills in the canonical name. Thread-safe.
/// </summary>
public sealed class NameAutocomplete(NameCompletion completion)
{
    public InteractionReply Handle(Interaction interaction)
    {
        var focused = interaction.Focused();
        EntityKind? kind = focused?.Name switch
        {
            CommandNames.OrganisationOption => EntityKind.Organisation,
            CommandNames.PersonOption => EntityKind.Person,
            _ => null,
        };
        if (kind is null) return new InteractionReply(InteractionCallback.Choices([]));

        var choices = completion.Complete(focused!.Text, kind.Value, DiscordLimits.AutocompleteChoices)
            // A value cut short would be another name, so a name too long to send is left out.
            .Where(c => c.Name.Length <= DiscordLimits.ChoiceValue)
            .Select(c => new AutocompleteChoice(
                DiscordText.Truncate(c.MatchedAlias is { } alias ? $"{c.Name} ({alias})" : c.Name, DiscordLimits.ChoiceName), c.Name))
            .ToList();
        return new InteractionReply(InteractionCallback.Choices(choices));
    }
}
