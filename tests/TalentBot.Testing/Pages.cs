namespace TalentBot.Testing;

/// <summary>Article pages for the test server: enough prose for the main-text extractor, plus navigation to drop.</summary>
public static class Pages
{
    public static string Article(string title, string sentence) =>
        $"""
        <!doctype html>
        <html lang="en">
        <head><title>{title}</title></head>
        <body>
          <nav><a href="/">Home</a> <a href="/about">About</a></nav>
          <article>
            <h1>{title}</h1>
            <p>{sentence} The move was confirmed by both companies on Monday, according to people familiar with the matter.</p>
            <p>The researcher previously led a team working on large language models and reinforcement learning from human feedback.</p>
            <p>Industry observers said the hire reflects intense competition for senior research talent across the sector this year.</p>
          </article>
          <footer>Copyright News Example</footer>
        </body>
        </html>
        """;

    /// <summary>A page with neither a title nor a date, so the entry's must be used.</summary>
    public static string Untitled(string sentence) =>
        $"""
        <!doctype html>
        <html lang="en">
        <head></head>
        <body>
          <article>
            <p>{sentence} The move was confirmed by both companies on Monday, according to people familiar with the matter.</p>
            <p>The researcher previously led a team working on large language models and reinforcement learning from human feedback.</p>
          </article>
        </body>
        </html>
        """;
}
