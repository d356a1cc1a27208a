using System.Collections;
using System.Reflection;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Tests.Common;

/// <summary>
/// Every strongly typed identifier of the core package, found by reflection: it is declared for the generator (ADR 0028)
/// and has the members it writes, orders by its GUID (also boxed, as in-memory specifications compare, with
/// <see langword="null"/> first), makes version 7 GUIDs and gives its GUID back as text.
/// </summary>
public class IdentifierTest
{
    private static readonly Guid LowGuid = Guid.Parse("00000000-0000-7000-8000-000000000001");
    private static readonly Guid HighGuid = Guid.Parse("00000000-0000-7000-8000-000000000002");
    private static readonly Assembly Core = typeof(Municipality).Assembly;

    /// <summary>The generator's marker, internal to the core assembly: found by name, as the tests see no internals.</summary>
    private static readonly Type? Marker = Core.GetType("ParticipatoryGovernance.StronglyTypedIdAttribute");

    /// <summary>The identifier types: public value types named <c>…Id</c> that wrap one GUID, as the EF package finds them.</summary>
    private static readonly Type[] All = [.. Core.GetExportedTypes()
        .Where(t => t.IsValueType && t.Name.EndsWith("Id", StringComparison.Ordinal)
            && t.GetProperty("Value")?.PropertyType == typeof(Guid) && t.GetConstructor([typeof(Guid)]) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<string> Identifiers => [.. All.Select(t => t.FullName!)];

    [Fact]
    public void All_FindsEveryIdentifierOfTheModel_WhenSearchedByShape()
    {
        All.Select(t => t.Name).Should().Contain(
        [
            "MunicipalityId", "NeighbourhoodId", "ResidentId", "MeetingId", "CouncilId", "CitizenIdeaId", "BudgetingRoundId",
            "InterviewSessionId", "YouthMayorApplicationId", "YouthMayorCampaignId", "YouthMayorElectionId", "YouthMayorId",
        ]);
    }

    [Fact]
    public void StronglyTypedIdAttribute_StaysInternal_WhenTheGeneratorEmitsIt()
    {
        Marker.Should().NotBeNull("the generator emits the marker into the core assembly");
        Marker!.IsPublic.Should().BeFalse("the marker is a build detail, not public API");
        Marker.Should().BeDerivedFrom<Attribute>();
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Identifier_HasTheGeneratedMembers_WhenDeclaredWithTheAttribute(string name)
    {
        var type = Core.GetType(name)!;

        type.IsDefined(Marker!, inherit: false).Should().BeTrue("{0} must be declared [StronglyTypedId] so that it has the generated members", type.Name);
        type.Should().Implement(typeof(IComparable<>).MakeGenericType(type)).And.Implement<IComparable>();
        foreach (var op in new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual", "op_Equality", "op_Inequality" })
        {
            type.GetMethod(op, BindingFlags.Public | BindingFlags.Static, [type, type]).Should().NotBeNull("{0} needs {1}", type.Name, op);
        }

        type.GetMethod("New", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)!.ReturnType.Should().Be(type);
        type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType.Should().Be(type, "ToString gives the GUID, not the record's text");
        type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)).Should().BeTrue("an identifier is a readonly struct");
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void CompareTo_OrdersByTheGuid_AlsoWhenBoxed(string name)
    {
        var type = Core.GetType(name)!;
        var low = Make(type, LowGuid);
        var high = Make(type, HighGuid);

        ((int)type.GetMethod("CompareTo", [type])!.Invoke(low, [high])!).Should().BeNegative();
        Operator(type, "op_LessThan", low, high).Should().BeTrue();
        Operator(type, "op_GreaterThan", high, low).Should().BeTrue();
        Operator(type, "op_LessThanOrEqual", low, Make(type, LowGuid)).Should().BeTrue();
        Operator(type, "op_GreaterThanOrEqual", Make(type, LowGuid), low).Should().BeTrue();
        Operator(type, "op_GreaterThanOrEqual", low, high).Should().BeFalse();
        Operator(type, "op_LessThanOrEqual", high, low).Should().BeFalse();
        ((IComparable)low).CompareTo(Make(type, LowGuid)).Should().Be(0);
        Comparer.Default.Compare(high, low).Should().BePositive("in-memory specifications compare boxed keys");
        FluentActions.Invoking(() => ((IComparable)low).CompareTo("x")).Should().Throw<ArgumentException>().WithParameterName("obj");
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void CompareTo_SortsNullFirst_WhenBoxed(string name)
    {
        var type = Core.GetType(name)!;
        var low = Make(type, LowGuid);
        var high = Make(type, HighGuid);
        var list = new List<object?> { high, null, low };

        list.Sort(Comparer.Default.Compare);

        ((IComparable)low).CompareTo(null).Should().BePositive();
        list.Should().Equal(null, low, high);
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void New_GivesDistinctVersion7Identifiers(string name)
    {
        var type = Core.GetType(name)!;
        var newId = type.GetMethod("New", Type.EmptyTypes)!;
        var first = newId.Invoke(null, null)!;
        var second = newId.Invoke(null, null)!;

        Value(first).Should().NotBeEmpty();
        Value(first).Version.Should().Be(7);
        first.Should().NotBe(second);
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void ToString_GivesTheGuid_AndRoundTrips(string name)
    {
        var type = Core.GetType(name)!;
        var id = type.GetMethod("New", Type.EmptyTypes)!.Invoke(null, null)!;

        id.ToString().Should().Be(Value(id).ToString());
        Make(type, Guid.Parse(id.ToString()!)).Should().Be(id);
        Make(type, Value(id)).Should().Be(id);
        Make(type, LowGuid).ToString().Should().Be("00000000-0000-7000-8000-000000000001");
    }

    private static object Make(Type type, Guid value) => Activator.CreateInstance(type, value)!;

    private static Guid Value(object id) => (Guid)id.GetType().GetProperty("Value")!.GetValue(id)!;

    private static bool Operator(Type type, string name, object left, object right) =>
        (bool)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [left, right])!;
}
