using Fazhi.Kernel.Audit;

namespace Fazhi.Kernel.Exchange;

/// <summary>An evidence file as a record keeps it (整改佐证材料, 考核佐证材料): name, type, size, SHA-256, the day it
/// came, and its bytes, which lists never load.</summary>
public abstract class KeptFile : IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>SHA-256, hex: shows later that the kept file is the one submitted.</summary>
    public string Sha256 { get; set; } = "";
    public DateOnly UploadedOn { get; set; }
    public int Version { get; set; }
    public byte[] Content { get; set; } = [];

    /// <summary>Takes the file as read, on the day it came.</summary>
    public void Keep(EvidenceFile file, DateOnly on) =>
        (Name, ContentType, Size, Sha256, UploadedOn, Content) =
        (file.Name, file.ContentType, file.Content.Length, file.Sha256, on, file.Content);
}

/// <summary>A kept file as lists show it, without its bytes.</summary>
public sealed record KeptFileInfo(int Id, string Name, long Size, string Sha256, DateOnly UploadedOn);
