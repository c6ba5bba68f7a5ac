namespace Fazhi.Kernel;

/// <summary>Input that breaks a rule; Field names the form field (or import column) the message belongs next
/// to.</summary>
public class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
