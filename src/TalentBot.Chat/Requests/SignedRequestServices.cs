using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalentBot.Chat.Requests;

/// <summary>Registers an adapter's signed-request reader.</summary>
public static class SignedRequestServices
{
    /// <summary>
    /// The reader of <typeparamref name="TSignature"/>'s requests, its key and limits taken from the adapter's
    /// <typeparamref name="TOptions"/> when it is first needed (after start-up validation has checked them).
    /// </summary>
    public static IServiceCollection AddSignedRequestReader<TOptions, TSignature>(this IServiceCollection services,
        Func<TOptions, TSignature> signature, Func<TOptions, SignedRequestPolicy> policy)
        where TOptions : class
        where TSignature : IRequestSignature
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(policy);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
            return new SignedRequestReader<TSignature>(signature(options), policy(options), provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
