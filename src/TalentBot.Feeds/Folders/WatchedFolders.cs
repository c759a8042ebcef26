using Microsoft.Extensions.Logging;
using TalentBot.Knowledge;

namespace TalentBot.Feeds.Folders;

/// <summary>A watched file's outcome: the <see cref="Ingested"/> report of its article, or why it was not ingested.</summary>
internal sealed record WatchedFileResult(string Path, IngestReport? Ingested, string? Error);

/// <summary>
/// Ingests the supported files in <see cref="FeedsOptions.Folders"/> that are new or changed since the last scan.
/// A file is known by path, length and last write time, in memory only: after a restart every file is offered
/// again, and ingestion, idempotent by content, reports it as already known. Thread-safe: scans run one at a time.
/// </summary>
internal sealed class WatchedFolders(FeedsOptions options, ArticleLoader loader, IArticleSink sink, ILogger<WatchedFolders> logger)
{
    /// <summary>Files handed to the sink at once, so a first scan of a large folder does not hold it all in memory.</summary>
    private const int BatchSize = 25;

    private readonly Dictionary<string, FileStamp> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _scanning = new(1, 1);

    public async Task<IReadOnlyList<WatchedFileResult>> ScanAsync(CancellationToken cancellationToken)
    {
        await _scanning.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var changed = options.Folders.SelectMany(ChangedFiles).ToList();
            var results = new List<WatchedFileResult>(changed.Count);
            foreach (var batch in changed.Chunk(BatchSize))
                results.AddRange(await IngestAsync(batch, cancellationToken).ConfigureAwait(false));
            if (results.Count > 0)
                FeedsLog.FolderScanned(logger, results.Count(r => r.Ingested is not null), results.Count(r => r.Error is not null));
            return results;
        }
        finally
        {
            _scanning.Release();
        }
    }

    private List<(string Path, FileStamp Stamp)> ChangedFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            if (_missing.Add(folder)) FeedsLog.FolderMissing(logger, folder);
            return [];
        }
        if (_missing.Remove(folder)) FeedsLog.FolderFound(logger, folder);

        var supported = new HashSet<string>(ArticleLoader.SupportedExtensions, StringComparer.OrdinalIgnoreCase);
        try
        {
            return new DirectoryInfo(folder)
                   .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                   .Where(file => supported.Contains(file.Extension))
                   .Select(file => (file.FullName, new FileStamp(file.Length, file.LastWriteTimeUtc)))
                   .Where(file => !_known.TryGetValue(file.FullName, out var known) || known != file.Item2)
                   .OrderBy(file => file.FullName, StringComparer.Ordinal)
                   .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            FeedsLog.FolderUnreadable(logger, folder, ex.Message);
            return [];
        }
    }

    private async Task<IEnumerable<WatchedFileResult>> IngestAsync((string Path, FileStamp Stamp)[] files, CancellationToken cancellationToken)
    {
        var loads = files.Select(file => loader.LoadFile(file.Path)).ToList();
        var articles = loads.Select(l => l.Article).OfType<ArticleSource>().ToList();
        IReadOnlyList<IngestReport> reports = [];
        if (articles.Count > 0)
        {
            try
            {
                reports = await sink.IngestAsync(articles, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Not remembered, so the next scan offers them again.
                FeedsLog.FolderIngestFailed(logger, ex);
                return files.Select(file => new WatchedFileResult(file.Path, null, $"could not be ingested: {ex.Message}"));
            }
        }

        var results = new List<WatchedFileResult>(files.Length);
        var article = 0;
        for (var i = 0; i < files.Length; i++)
        {
            // An unreadable file is remembered too: it is tried again once it changes, not at every scan.
            _known[files[i].Path] = files[i].Stamp;
            if (loads[i].Succeeded)
            {
                results.Add(new WatchedFileResult(files[i].Path, reports.ElementAtOrDefault(article++), null));
                continue;
            }
            FeedsLog.FileRefused(logger, files[i].Path, loads[i].Error!);
            results.Add(new WatchedFileResult(files[i].Path, null, loads[i].Error));
        }
        return results;
    }

    private readonly record struct FileStamp(long Length, DateTime LastWriteUtc);
}
