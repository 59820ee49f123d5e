namespace Weihai.Generator.TrainingBases;

/// <summary>What kind of training place a base is; labels live in the i18n files under <c>base-kind.&lt;slug&gt;</c>.</summary>
public enum TrainingBaseKind
{
    PublicTrainingBase,
    CraftsmanCollege,
    CraftsmanTrainingStation,
    InnovationStudio,
    SkillsTrainingBase,
}
