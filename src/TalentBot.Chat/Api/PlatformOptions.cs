using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TalentBot.Chat.Api;

/// <summary>An environment variable an adapter reads into its options, trimmed, when it is set.</summary>
public sealed record OptionsVariable<TOptions>(string Name, Action<TOptions, string> Apply);

/// <summary>Registers an adapter's options the way every platform's are: bound, checked at start, secrets from the environment.</summary>
public static class PlatformOptions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> with its data annotations checked at start,
    /// then copies each of <paramref name="variables"/> that is set over it (for a secret, the only way it gets there),
    /// and checks what any call relies on with <typeparamref name="TValidator"/>, every problem listed.
    /// </summary>
    public static OptionsBuilder<TOptions> AddPlatformOptions<TOptions, TValidator>(this IServiceCollection services, string section,
        IReadOnlyList<OptionsVariable<TOptions>> variables)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(variables);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                foreach (var variable in variables)
                {
                    if (configuration[variable.Name] is { Length: > 0 } value) variable.Apply(options, value.Trim());
                }
            });
    }
}
