using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentBot.Chat.FollowUps;

/// <summary>Registers an adapter's follow-up runner.</summary>
public static class FollowUpServices
{
    /// <summary>
    /// <typeparamref name="TRunner"/> as one instance that the adapter's endpoints start follow-ups on and the host
    /// stops, so shutdown waits for exactly the follow-ups that were started.
    /// </summary>
    public static IServiceCollection AddFollowUpRunner<TRunner>(this IServiceCollection services) where TRunner : FollowUpRunner
    {
        services.TryAddSingleton<TRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<TRunner>());
        return services;
    }
}
