using TalentBot.Hosting;
using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentBot.Discord;
using TalentBot.Slack;

namespace TalentBot.Serving;

/// <summary>Ready when the store is open; its data say what it holds.</summary>
internal sealed class StoreHealthCheck(StoreProvider store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsOpen) return Task.FromResult(HealthCheckResult.Unhealthy("the store is not open"));
        var stats = store.Session.Store.Stats();
        var data = new Dictionary<string, object> { ["articles"] = stats.Articles, ["moves"] = stats.Moves };
        return Task.FromResult(HealthCheckResult.Healthy("store open", data));
    }
}

/// <summary>Which chat platforms the settings enable; ready only when at least one is, since otherwise there is nothing to serve.</summary>
internal sealed class PlatformsHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var discord = DiscordOptions.IsConfigured(configuration) ? DiscordOptions.ModeOf(configuration).ToString().ToLowerInvariant() : "off";
        var slack = !SlackOptions.IsConfigured(configuration) ? "off" : SlackOptions.ModeOf(configuration) == SlackMode.SocketMode ? "socket_mode" : "http";
        var data = new Dictionary<string, object> { ["discord"] = discord, ["slack"] = slack };
        return Task.FromResult(discord == "off" && slack == "off"
            ? HealthCheckResult.Unhealthy($"no chat platform is configured: set {DiscordOptions.PublicKeyVariable} (or {DiscordOptions.BotTokenVariable} for the Gateway), " +
                                          $"or {SlackOptions.SigningSecretVariable} and {SlackOptions.BotTokenVariable} for Slack", data: data)
            : HealthCheckResult.Healthy("platforms configured", data));
    }
}

/// <summary>Writes health reports as JSON: the overall status, then each check with its description and data.</summary>
internal static class HealthJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        // Written to memory first: Kestrel refuses the synchronous flush the serializer does at the end.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options)) Write(json, report);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void Write(Utf8JsonWriter json, HealthReport report)
    {
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description) json.WriteString("description", description);
            if (entry.Data.Count > 0)
            {
                json.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    json.WritePropertyName(key);
                    JsonSerializer.Serialize(json, value, value.GetType());
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
