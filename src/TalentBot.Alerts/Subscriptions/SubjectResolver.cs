using TalentBot.Answering;
using TalentBot.Core;

namespace TalentBot.Alerts.Subscriptions;

/// <summary>
/// A name someone subscribed to, resolved; or why it was not, with the names they may have meant.
/// <see cref="EitherKind"/> when it was looked for as an organisation and as a person. <see cref="NotSeenYet"/> when
/// no article names it yet: a subscription may wait for a lab that has not made the news.
/// </summary>
public sealed record Subject(EntityRef? Entity, EntityKind Kind, string Query, IReadOnlyList<string> Suggestions, bool EitherKind = false)
{
    public bool NotSeenYet { get; init; }

    public bool IsResolved => Entity is not null;
}

/// <summary>
/// Resolves the organisations and people subscriptions name, as the question commands do: the registry in any
/// script, then names found only in articles, never a near spelling applied silently. Thread-safe.
/// </summary>
public sealed class SubjectResolver(EntityResolver resolver)
{
    /// <summary>
    /// The longest name a subscription takes. The longest registered name is under 60 characters; a longer one is
    /// refused before it is resolved, stored, or printed back by <c>subscriptions</c>.
    /// </summary>
    public const int MaxNameLength = 100;

    public static bool IsTooLong(string? name) => name is not null && name.Trim().Length > MaxNameLength;

    public Subject Resolve(string name, EntityKind kind) => resolver.ResolveExactly(name, kind) switch
    {
        ResolvedEntity resolved => new Subject(resolved.Entity, kind, name, []),
        UnresolvedEntity unresolved => new Subject(null, kind, name, unresolved.Suggestions),
        var other => throw new InvalidOperationException($"Unknown resolution {other}."),
    };

    /// <summary>
    /// As <see cref="Resolve"/>, but a name nothing resembles is taken as one not seen yet, with the id the
    /// extractor will give it when an article names it. A name close to a known one stays unresolved, with the
    /// suggestion: a typo must not become a subscription that never matches.
    /// </summary>
    public Subject ResolveOrAnticipate(string name, EntityKind kind)
    {
        var subject = Resolve(name, kind);
        if (subject.IsResolved || subject.Suggestions.Count > 0 || string.IsNullOrWhiteSpace(name)) return subject;
        return subject with { Entity = EntityRef.Unregistered(name), NotSeenYet = true };
    }

    /// <summary>An organisation if <paramref name="name"/> names one, else a person; suggestions from both when neither.</summary>
    public Subject ResolveEither(string name)
    {
        var organisation = Resolve(name, EntityKind.Organisation);
        if (organisation.IsResolved) return organisation;
        var person = Resolve(name, EntityKind.Person);
        if (person.IsResolved) return person;
        return organisation with
        {
            Suggestions = organisation.Suggestions.Concat(person.Suggestions).Distinct(StringComparer.Ordinal).ToList(),
            EitherKind = true,
        };
    }
}
