using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

public class NewDecisionModel(DecisionService svc, FazhiDb db)
    : RegistrationPage<RegisterDecisionRequest>(db, "/decisions")
{
    public DecisionService Service => svc;

    /// <summary>Matters of published directories not yet started.</summary>
    public List<(DirectoryItem Item, DecisionDirectory Directory)> Matters { get; private set; } = [];

    protected override RegisterDecisionRequest Blank() => new(0, null, "", null, "", svc.Today);

    protected override async Task LoadChoicesAsync()
    {
        var started = (await svc.ListAsync(null)).Select(d => d.DirectoryItemId).ToHashSet();
        Matters = [.. (await svc.DirectoriesAsync()).Where(d => d.PublishedOn is not null)
            .SelectMany(d => d.Items.Where(i => i.RemovedOn is null && !started.Contains(i.Id)).Select(i => (i, d)))];
    }

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterDecisionRequest input)
    {
        var d = await svc.RegisterAsync(input);
        return (d.Id, d.Title);
    }
}
