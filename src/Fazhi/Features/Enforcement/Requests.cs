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

/// <summary>Registering an item of the 权责清单.</summary>
public sealed record RegisterPowerRequest(int UnitId, string? Code, string Name, PowerKind Kind, string LegalBasis)
{
    public EnforcementPower ToPower() => new()
    {
        UnitId = UnitId, Code = Code, Name = Name ?? "", Kind = Kind, LegalBasis = LegalBasis ?? "",
    };
}
