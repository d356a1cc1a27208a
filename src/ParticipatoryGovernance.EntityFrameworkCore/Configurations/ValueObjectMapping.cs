using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>Column settings shared by the model's value objects wherever they appear.</summary>
internal static class ValueObjectMapping
{
    /// <summary>The annotation that marks a text column holding a JSON document (jsonb on PostgreSQL).</summary>
    public const string JsonDocumentAnnotation = "ParticipatoryGovernance:JsonDocument";

    /// <summary>The most characters each form of a mapped <see cref="Common.LocalizedText"/> holds; the importer checks cells against it.</summary>
    public const int LocalizedTextMaxLength = 400;

    /// <summary>The name of the column suffix that holds a text's forms in languages other than Persian and English.</summary>
    public const string OtherFormsProperty = "Others";

    /// <summary>
    /// Persian and English forms of a name or title in their own columns, and its forms in any other language (such as
    /// <c>ckb</c>, <c>azb</c>, <c>ar</c>) as one JSON object in a third (<c>..._others</c>), never null: <c>{}</c> when
    /// there are none. The migration that added the column gave existing rows <c>{}</c>.
    /// </summary>
    public static void LocalizedText(this ComplexPropertyBuilder<LocalizedText> text)
    {
        text.Property(t => t.Persian).HasMaxLength(LocalizedTextMaxLength).IsRequired();
        text.Property(t => t.English).HasMaxLength(LocalizedTextMaxLength).IsRequired();
        text.Property<ImmutableSortedDictionary<string, string>>(OtherFormsProperty)
            .HasConversion(OtherFormsConverter.Instance, OtherFormsConverter.Comparer)
            .IsRequired();
    }

    /// <summary>A person's given and family names.</summary>
    public static void PersonName(this ComplexPropertyBuilder<PersonName> name)
    {
        name.Property(n => n.GivenName).HasMaxLength(Common.PersonName.MaxPartLength).IsRequired();
        name.Property(n => n.FamilyName).HasMaxLength(Common.PersonName.MaxPartLength).IsRequired();
    }

    /// <summary>Who acted: the kind, and the resident's id or the official's id and name (columns <c>by_kind</c>, <c>by_resident_id</c>…).</summary>
    public static void Actor(this ComplexPropertyBuilder<Actor> actor)
    {
        actor.Property(a => a.Kind).IsRequired();
        actor.Property(a => a.ResidentId);
        actor.Property(a => a.OfficialId).HasMaxLength(MunicipalOfficial.MaxIdLength);
        actor.Property(a => a.OfficialName).HasMaxLength(MunicipalOfficial.MaxNameLength);
    }

    /// <summary>A guardian's consent for a minor; null for adults.</summary>
    public static void GuardianConsent(this ComplexPropertyBuilder<YouthMayors.GuardianConsent> consent)
    {
        consent.Property(c => c.Relationship).IsRequired();
        consent.Property(c => c.GivenOn).IsRequired();
        consent.ComplexProperty(c => c.GuardianName, name => name.PersonName());
    }

    /// <summary>Marks a converted property as a JSON document, stored as jsonb on PostgreSQL and text on SQLite.</summary>
    public static PropertyBuilder<T> IsJsonDocument<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(JsonDocumentAnnotation, true);
}
