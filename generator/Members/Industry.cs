namespace Weihai.Generator.Members;

/// <summary>
/// Industries, set on a member only where its name states one (see docs/content-model.md for the keyword rules).
/// Labels live in the i18n files under <c>industry.&lt;slug&gt;</c>.
/// </summary>
public enum Industry
{
    Hospitality,
    Catering,
    LaboratoryTesting,
    Packaging,
    MedicalDevices,
    Pharmaceuticals,
    Shipbuilding,
    Electronics,
    ElectricalEquipment,
    Automotive,
    NewEnergy,
    MetalProducts,
    Machinery,
    RealEstate,
    Construction,
    InformationTechnology,
    Food,
    Tourism,
    Materials,
    HouseholdServices,
}
