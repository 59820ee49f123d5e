using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Messages;
using Weihai.Generator.Markdown;

namespace Weihai.Generator.Plan;

/// <summary>Loads <c>content/data/plan.yml</c>: the implementation plan's goals, work points, safeguards and governance.</summary>
public static class PlanLoader
{
    public static PlanDocument? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;

        var textPage = fields.OptionalString("text_page") is { } url ? new InternalLink(url, fields.LocationOfField("text_page")) : null;
        var policies = fields.Entries("policies", entry =>
        {
            var number = entry.RequiredLocalized("number");
            var title = entry.RequiredLocalized("title");
            return number is null || title is null ? null : new PolicyDocument(number, title);
        });
        var goals = fields.Entries("goals", entry =>
        {
            var year = entry.RequiredInt("year", "year: 2026");
            var text = entry.RequiredLocalized("text");
            return year is null || text is null ? null : new PlanGoal(year.Value, text);
        });
        var workAreas = fields.Entries("work_areas", entry =>
        {
            var number = entry.RequiredInt("number", "number: 1");
            var title = entry.RequiredLocalized("title");
            var points = entry.Entries("points", point =>
            {
                var pointNumber = point.RequiredInt("number", "number: 1");
                var pointTitle = point.RequiredLocalized("title");
                var text = point.RequiredLocalized("text");
                return pointNumber is null || pointTitle is null || text is null
                    ? null
                    : new WorkPoint(pointNumber.Value, pointTitle, text, point.Location);
            });
            return number is null || title is null ? null : new WorkArea(number.Value, title, points);
        });
        var safeguards = fields.Entries("safeguards", entry =>
        {
            var number = entry.RequiredInt("number", "number: 1");
            var title = entry.RequiredLocalized("title");
            var text = entry.RequiredLocalized("text");
            return number is null || title is null || text is null ? null : new Safeguard(number.Value, title, text);
        });
        var governance = fields.OptionalMapping("governance") is { } block ? ReadGovernance(block) : null;
        fields.ReportUnknownFields();

        return new PlanDocument(textPage, policies, goals.OrderBy(g => g.Year).ToList(), workAreas, safeguards, governance);
    }

    private static Governance? ReadGovernance(FieldReader block)
    {
        Council? council = null;
        if (block.OptionalMapping("council") is { } councilFields)
        {
            var name = councilFields.RequiredLocalized("name");
            var members = councilFields.OptionalLocalized("members");
            var meets = councilFields.OptionalLocalized("meets");
            councilFields.ReportUnknownFields();
            if (name is not null) council = new Council(name, members, meets);
        }
        StandingCouncil? standing = null;
        if (block.OptionalMapping("standing_council") is { } standingFields)
        {
            var name = standingFields.RequiredLocalized("name");
            var role = standingFields.OptionalLocalized("role");
            standingFields.ReportUnknownFields();
            if (name is not null) standing = new StandingCouncil(name, role);
        }
        var committees = block.Entries("committees", entry => entry.RequiredLocalized("name"));
        var leadingRole = block.OptionalLocalized("leading_role");
        if (council is null || standing is null)
        {
            block.Diagnostics.Error(block.Location, Catalogue.GovernanceIncomplete());
        }
        block.ReportUnknownFields();
        return council is null || standing is null ? null : new Governance(council, standing, committees, leadingRole);
    }
}
