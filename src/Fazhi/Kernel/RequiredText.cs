namespace Fazhi.Kernel;

/// <summary>A form's required text field: trimmed, present, and within its length, or the field's error.</summary>
public static class RequiredText
{
    public static string Of(string? value, string field, string label, int max) =>
        (value ?? "").Trim() is { Length: > 0 } t
            ? t.Length <= max ? t : throw new DomainException(field, $"{label}不超过{max}字")
            : throw new DomainException(field, $"请填写{label}");
}
