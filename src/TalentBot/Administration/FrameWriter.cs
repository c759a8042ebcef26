using System.Text;
using System.Threading.Channels;

namespace TalentBot.Administration;

/// <summary>
/// A <see cref="TextWriter"/> whose every write becomes a <see cref="CommandFrame"/> on a channel, so a command run
/// for the CLI writes as it would to a console and the owner streams each write as it happens (a progress bar
/// included). Thread-safe, like <see cref="TextWriter.Synchronized"/>: a command may write from several threads.
/// </summary>
internal sealed class FrameWriter(ChannelWriter<CommandFrame> frames, bool isError) : TextWriter
{
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Send(value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value)) Send(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        if (count > 0) Send(new string(buffer, index, count));
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (!buffer.IsEmpty) Send(new string(buffer));
    }

    public override void WriteLine(string? value) => Send((value ?? "") + CoreNewLine.AsSpan().ToString());

    private void Send(string text)
    {
        lock (_lock)
        {
            // Unbounded: a command never waits on a slow reader; a reader that went away costs only the frames.
            frames.TryWrite(isError ? new CommandFrame(Error: text) : new CommandFrame(Output: text));
        }
    }
}
