namespace Weihai.Generator.Members;

/// <summary>
/// Districts of Weihai, set on a member only where its name states one.
/// Labels live in the i18n files under <c>district.&lt;slug&gt;</c>.
/// </summary>
public enum District
{
    Huancui,
    Wendeng,
    Rongcheng,
    Rushan,
    HighTechZone,
    EconomicZone,
    Lingang,
}
