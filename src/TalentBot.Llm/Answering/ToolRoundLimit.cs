using Microsoft.SemanticKernel;

namespace TalentBot.Llm.Answering;

/// <summary>
/// Stops automatic function calling after a number of model round trips, so a model that keeps calling tools
/// ends in the offline answer instead of spending the whole budget (Semantic Kernel's own ceiling is far higher).
/// </summary>
internal sealed class ToolRoundLimit(int maxRounds) : IAutoFunctionInvocationFilter
{
    public bool Reached { get; private set; }

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (context.RequestSequenceIndex >= maxRounds)
        {
            Reached = true;
            context.Terminate = true;
            return;
        }
        await next(context).ConfigureAwait(false);
    }
}
