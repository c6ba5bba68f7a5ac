using System.CommandLine;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Kernel.Host;

/// <summary>Shapes that features' CLI verbs share.</summary>
public static class CliCommands
{
    /// <summary>A verb whose one argument is a file, with any options it adds.</summary>
    public static Command WithFile(string name, string description, Func<FileInfo, ParseResult, Task<int>> run,
        params Option[] options)
    {
        var file = new Argument<FileInfo>("文件") { Description = "文件路径" };
        var command = new Command(name, description) { file };
        foreach (var option in options) command.Options.Add(option);
        command.SetAction((parsed, _) => run(parsed.GetValue(file)!, parsed));
        return command;
    }

    /// <summary>Prints an import's outcome with every row error; exit code 4 when the file was refused.</summary>
    public static int Import(string summary, IReadOnlyList<RowError> errors)
    {
        Console.WriteLine(summary);
        foreach (var e in errors) Console.WriteLine($"  第{e.Row}行 {e.Column}：{e.Message}");
        return errors.Count == 0 ? 0 : 4;
    }

    /// <summary>Writes a file through the given export and says where it went.</summary>
    public static async Task<int> ExportAsync(FileInfo target, Func<Stream, Task> write)
    {
        await using (var output = target.Create()) await write(output);
        Console.WriteLine($"已导出到 {target.FullName}");
        return 0;
    }
}
