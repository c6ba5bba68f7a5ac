using System.Linq.Expressions;
using Fazhi.Kernel;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement;

/// <summary>What makes an officer record valid, and what a valid 执法证 means: only an active officer whose
/// certificate has not expired may act (行政处罚法 第42条: penalties are enforced by officers holding enforcement
/// qualifications).</summary>
public static class OfficerRules
{
    /// <summary>The yearly training the implementation plans ask of every officer.</summary>
    public const decimal TrainingHoursExpected = 60;

    public static readonly Dictionary<OfficerStatus, string> StatusLabels = new()
    {
        [OfficerStatus.Active] = "在岗", [OfficerStatus.Suspended] = "暂停执法",
        [OfficerStatus.Revoked] = "证件注销",
    };

    public static void Validate(EnforcementOfficer o)
    {
        o.Name = o.Name.Trim();
        o.IdNumber = o.IdNumber.Trim().ToUpperInvariant();
        o.CertificateNumber = o.CertificateNumber.Trim();
        if (o.Name.Length is 0 or > 50) throw new DomainException(nameof(o.Name), "请填写姓名（50字以内）");
        if (o.IdNumber.Contains('*'))
            throw new DomainException(nameof(o.IdNumber),
                "身份证号不完整：导出的台账已脱敏，请填写完整号码");
        if (NationalCodes.IdCardError(o.IdNumber) is { } id) throw new DomainException(nameof(o.IdNumber), id);
        if (o.CertificateNumber.Length is 0 or > 40)
            throw new DomainException(nameof(o.CertificateNumber), "请填写执法证号（40字以内）");
        if (o.CertificateValidUntil == default)
            throw new DomainException(nameof(o.CertificateValidUntil), "请填写执法证有效期");
    }

    public static bool IsCertifiedOn(EnforcementOfficer o, DateOnly day) =>
        o.Status == OfficerStatus.Active && o.CertificateValidUntil >= day;

    /// <summary><see cref="IsCertifiedOn"/> for a query, so a province's officers are chosen in the store.</summary>
    public static Expression<Func<EnforcementOfficer, bool>> CertifiedOn(DateOnly day) =>
        o => o.Status == OfficerStatus.Active && o.CertificateValidUntil >= day;

    /// <summary>"110101********1234": the region and the last four only.</summary>
    public static string Masked(string idNumber) =>
        idNumber.Length == 18 ? idNumber[..6] + new string('*', 8) + idNumber[^4..] : new string('*', idNumber.Length);

    public static OfficerTraining Training(EnforcementOfficer o, int year, decimal hours, string course, DateOnly today)
    {
        if (year < 2000 || year > today.Year)
            throw new DomainException("Year", $"年度应在2000至{today.Year}之间");
        if (hours is <= 0 or > 500) throw new DomainException("Hours", "学时应大于0、不超过500");
        var training = new OfficerTraining { OfficerId = o.Id, Year = year, Hours = hours, Course = course.Trim() };
        o.Trainings.Add(training);
        return training;
    }
}
