namespace Fazhi.Features.Enforcement;

/// <summary>Registering an officer: what a page or the API may set, nothing more.</summary>
public sealed record RegisterOfficerRequest(
    int UnitId, string Name, string IdNumber, string CertificateNumber, DateOnly CertificateValidUntil)
{
    public EnforcementOfficer ToOfficer() => new()
    {
        UnitId = UnitId, Name = Name ?? "", IdNumber = IdNumber ?? "", CertificateNumber = CertificateNumber ?? "",
        CertificateValidUntil = CertificateValidUntil,
    };
}

public sealed record TrainingRequest(int Year, decimal Hours, string? Course);

public sealed record OfficerStatusRequest(OfficerStatus Status);
