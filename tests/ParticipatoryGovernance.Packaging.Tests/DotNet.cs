using System.Diagnostics;

namespace ParticipatoryGovernance.Packaging.Tests;

/// <summary>Runs the dotnet CLI as a newcomer would, in a given folder, and gives back what it printed.</summary>
internal static class DotNet
{
    // Variables the test host's MSBuild sets for itself; a child dotnet must find its own SDK and MSBuild.
    private static readonly string[] HostVariables =
        ["MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG"];

    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Errors}";
    }

    public static async Task<Outcome> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in HostVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new Outcome(process.ExitCode, await output, await errors);
    }
}
