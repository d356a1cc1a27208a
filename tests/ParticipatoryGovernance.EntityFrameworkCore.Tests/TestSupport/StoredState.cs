using System.Collections;
using System.Reflection;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// Compares two objects field by field, private fields included, through lists and nested objects: what a reloaded
/// aggregate must equal. Value types and strings compare with <see cref="object.Equals(object)"/>; lists element by
/// element in order; other objects by their instance fields, whatever their own <c>Equals</c> says (a record holding a
/// list would compare the list by reference). The raised events are left out: they are stored, not reloaded. A
/// <see cref="Common.LocalizedText"/> compares by what it shows in each language the library ships, and its own forms.
/// </summary>
internal static class StoredState
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Throws with the path of the first difference.</summary>
    public static void ShouldEqual(object actual, object expected)
    {
        var differences = new List<string>();
        Compare(expected, actual, expected.GetType().Name, differences);
        differences.Should().BeEmpty("the reloaded {0} must hold exactly what was saved", expected.GetType().Name);
    }

    /// <summary>Counts the fields compared, so that a test can show the comparison looked at something.</summary>
    public static int FieldsIn(object value)
    {
        var differences = new List<string>();
        return Compare(value, value, string.Empty, differences);
    }

    private static int Compare(object? expected, object? actual, string path, List<string> differences)
    {
        if (differences.Count > 20)
        {
            return 0;
        }

        if (expected is null || actual is null)
        {
            if (!ReferenceEquals(expected, actual))
            {
                differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
            }

            return 1;
        }

        // A text compares by what it shows in every language the library ships: the English template a library text
        // was built from is not stored; the translations the library's catalogs give it are stored as forms.
        if (expected is Common.LocalizedText expectedText)
        {
            var actualText = (Common.LocalizedText)actual;
            if (!Municipalities.GovernanceCharter.SupportedLanguages.All(l => expectedText.In(l) == actualText.In(l))
                || expectedText.Forms.Any(f => !actualText.Forms.TryGetValue(f.Key, out var form) || form != f.Value))
            {
                differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
            }

            return 1;
        }

        // A list compares by its items, whatever list type holds them (an array in memory, a list once read back).
        if (expected is IEnumerable expectedItems and not string && actual is IEnumerable actualItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: expected {left.Count} items, found {right.Count}");
                return 1;
            }

            var count = 1;
            for (var i = 0; i < left.Count; i++)
            {
                count += Compare(left[i], right[i], $"{path}[{i}]", differences);
            }

            return count;
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            differences.Add($"{path}: expected a {type.Name}, found a {actual.GetType().Name}");
            return 1;
        }

        if (type.IsValueType || type == typeof(string) || type.IsEnum)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
            }

            return 1;
        }

        var fields = 0;
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(InstanceFields))
            {
                if (field.Name == "_domainEvents")
                {
                    continue;
                }

                fields += Compare(field.GetValue(expected), field.GetValue(actual), $"{path}.{Readable(field.Name)}", differences);
            }
        }

        return fields;
    }

    private static string Readable(string fieldName) =>
        fieldName.StartsWith('<') ? fieldName[1..fieldName.IndexOf('>', StringComparison.Ordinal)] : fieldName;

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
