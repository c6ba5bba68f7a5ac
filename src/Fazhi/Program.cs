using Fazhi.Kernel.Host;

// `fazhi` with no verb, or `fazhi serve`, runs the web application; other verbs are administrative commands.
return await CommandLine.RunAsync(args);

public partial class Program;
