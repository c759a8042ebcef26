using TalentBot.Core;

namespace TalentBot.Core.Tests;

internal static class TestRegistry
{
    public static EntityRegistry Build() => EntityRegistry.FromJson("""
        {
          "organisations": [
            { "id": "meta", "name": "Meta", "aliases": ["Facebook", "メタ"] },
            { "id": "msl", "name": "Meta Superintelligence Labs", "parent": "meta", "aliases": ["MSL"] },
            { "id": "google", "name": "Google", "aliases": ["グーグル"] },
            { "id": "deepmind", "name": "Google DeepMind", "parent": "google", "aliases": ["DeepMind"] },
            { "id": "openai", "name": "OpenAI", "aliases": ["Open AI"] }
          ],
          "people": [
            { "id": "zhao", "name": "Shengjia Zhao", "aliases": ["Zhao Shengjia", "Sheng Xha Jao"] },
            { "id": "knight", "name": "Ethan Knight", "aliases": ["イーサン・ナイト"] },
            { "id": "dahle", "name": "Ahmad Al-Dahle", "aliases": [] },
            { "id": "loredana", "name": "Loredana Crișan", "aliases": [] }
          ]
        }
        """);
}
