using TalentBot.Commands;

return await TalentBotCli.RunAsync(args, Console.Out, Console.Error);
