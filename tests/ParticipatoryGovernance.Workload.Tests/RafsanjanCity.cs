using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

/// <summary>Rafsanjan generated once for the tests that read it.</summary>
public sealed class RafsanjanCity : IAsyncLifetime
{
    public const int Seed = 1403_02_09;

    public InMemoryCityWriter City { get; private set; } = null!;

    public List<GenerationProgress> Progress { get; } = [];

    public async Task InitializeAsync() =>
        City = await CityGenerator.GenerateInMemoryAsync(CityProfile.Rafsanjan, Seed, new RecordingProgress(Progress));

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Keeps every report, synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
internal sealed class RecordingProgress(List<GenerationProgress> reports) : IProgress<GenerationProgress>
{
    public void Report(GenerationProgress value) => reports.Add(value);
}
