using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Tests.UseCases;

public sealed class HandlerRegistrationTest
{
    private static readonly Type[] Exported = typeof(ICommand<>).Assembly.GetExportedTypes();

    public static TheoryData<Type> Commands() =>
        [.. Exported.Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))];

    [Theory]
    [MemberData(nameof(Commands))]
    public void AddParticipatoryGovernance_RegistersExactlyOneHandler_ForEveryCommand(Type command)
    {
        var result = command.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)).GetGenericArguments()[0];
        var contract = typeof(ICommandHandler<,>).MakeGenericType(command, result);
        using var provider = new ServiceCollection()
            .AddParticipatoryGovernance()
            .AddScoped<IGovernanceStore, InMemoryGovernanceStore>()
            .AddScoped<ParticipatoryGovernance.Notifications.INotificationStore, ParticipatoryGovernance.Tests.Notifications.InMemoryNotificationStore>()
            .AddScoped<ParticipatoryGovernance.Budgeting.IBudgetingBallots, InMemoryBudgetingBallots>()
            .AddScoped<ParticipatoryGovernance.Budgeting.IBudgetingResults, InMemoryBudgetingResults>()
            .AddScoped<ParticipatoryGovernance.Webhooks.IWebhookStore, ParticipatoryGovernance.Tests.Webhooks.InMemoryWebhookStore>()
            .AddScoped<ParticipatoryGovernance.Meetings.UseCases.IAttendanceSheetStore, ParticipatoryGovernance.Tests.Meetings.InMemoryAttendanceSheetStore>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();

        Exported.Count(t => !t.IsAbstract && contract.IsAssignableFrom(t)).Should().Be(1, $"{command.Name} needs one handler");
        scope.ServiceProvider.GetService(contract).Should().NotBeNull();
    }

    [Fact]
    public void Commands_AreFound_SoTheTheoryAboveCannotPassEmpty() =>
        Exported.Count(t => t.Name.EndsWith("Handler", StringComparison.Ordinal)).Should().BeGreaterThan(10);
}
