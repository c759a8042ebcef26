using TalentBot.Chat.Replies;

namespace TalentBot.Chat.Tests.Support;

/// <summary>
/// A markup small enough to check by eye: <c>*</c> is its one special character (escaped as <c>\*</c>), links are
/// <c>&lt;url|text&gt;</c> with <c>|</c> encoded, and links are kept up to 60 characters.
/// </summary>
internal sealed class StarMarkup : ChatMarkup
{
    public static StarMarkup Instance { get; } = new();

    public override int MaxUrl => 60;

    public override int LinkFrame => "<|>".Length;

    public override string Escape(string text) => TalentBot.Core.TextFolding.WellFormed(text).Replace("*", "\\*", StringComparison.Ordinal);

    public override string Link(string url, string escapedText) => $"<{url}|{escapedText}>";

    public override string Bold(string escapedText) => "*" + escapedText + "*";

    protected override int EscapedLength(string raw, int index) => raw[index] == '*' ? 2 : 1;

    protected override string EncodeForLink(string absoluteUri) => absoluteUri.Replace("|", "%7C", StringComparison.Ordinal);
}
