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
/// <summary>事前公示 of an agency's 权责清单: the day and the address of the published list.</summary>
public sealed record PublishPowersRequest(int UnitId, DateOnly On, string? Url);

public sealed record RegisterPowerRequest(int UnitId, string? Code, string Name, PowerKind Kind, string LegalBasis)
{
    public EnforcementPower ToPower() => new()
    {
        UnitId = UnitId, Code = Code, Name = Name ?? "", Kind = Kind, LegalBasis = LegalBasis ?? "",
    };
}
