namespace Weihai.Generator.Members;

/// <summary>
/// The fixed list of member kinds, decided from a unit's name alone (see docs/content-model.md).
/// Labels in both languages live in the i18n files under <c>category.&lt;slug&gt;</c>.
/// </summary>
public enum MemberCategory
{
    TechnicianCollege,
    TechnicalSchool,
    HigherVocationalCollege,
    SecondaryVocationalSchool,
    TrainingInstitution,
    HrServiceAgency,
    Enterprise,
    Other,
}
