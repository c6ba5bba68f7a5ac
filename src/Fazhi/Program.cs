using Fazhi;

// `fazhi` with no verb, or `fazhi serve`, runs the web application; other verbs are administrative commands.
return await Cli.RunAsync(args);

public partial class Program;
