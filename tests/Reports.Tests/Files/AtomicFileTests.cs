using System.Diagnostics;
using System.Runtime.Versioning;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Files;

/// <summary>
/// An output file is replaced whole or not at all: a failure before the end leaves the previous
/// version and no temporary file; a killed run's temporary file is removed by the next writer.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-atomic");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Create_FailureBeforeCommit_LeavesThePreviousVersionAndNoTemporaryFile()
    {
        var target = _folder.File("qi-monthly-2025-06.xlsx");
        File.WriteAllText(target, "last month's good copy");

        void WriteUntilTheDiskIsFull()
        {
            using var file = AtomicFile.Create(target, ownerOnly: true);
            file.Stream.Write("half a workbook"u8);
            throw new IOException("No space left on device");
        }

        var failed = Assert.Throws<IOException>(WriteUntilTheDiskIsFull);

        Assert.Equal("No space left on device", failed.Message);
        Assert.Equal("last month's good copy", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Commit_ReplacesTheTargetWithTheWholeFile()
    {
        var target = _folder.File("kpis.csv");
        File.WriteAllText(target, "old");

        using (var file = AtomicFile.Create(target, ownerOnly: false))
        {
            file.Stream.Write("new,file\n"u8);
            Assert.Equal("old", File.ReadAllText(target));
            file.Commit();
        }

        Assert.Equal("new,file\n", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder.Path));
    }

    [SkippableFact]
    public void Create_OwnerOnlyOverAWorldReadableTarget_Is0600FromTheFirstByte()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows files inherit the folder's ACL");
        var target = _folder.File("patients.csv");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, (UnixFileMode)0b110_110_110);

        using var file = AtomicFile.Create(target, ownerOnly: true);
        Assert.Equal(OwnerOnlyFile.Mode, File.GetUnixFileMode(file.TemporaryPath));
        file.Commit();

        Assert.Equal(OwnerOnlyFile.Mode, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Create_TemporaryFilesOfAKilledRun_AreRemovedAndALiveRunsAreKept()
    {
        var dead = DeadPid();
        var killed = _folder.File($".qi-monthly-2025-05.xlsx.qi-tmp-{dead}-0123456789abcdef0123456789abcdef");
        var live = _folder.File($".kpis.csv.qi-tmp-{Environment.ProcessId}-0123456789abcdef0123456789abcdef");
        File.WriteAllText(killed, "patient ids of a killed run");
        File.WriteAllText(live, "another writer's file in progress");

        using (var file = AtomicFile.Create(_folder.File("qi-monthly-2025-06.xlsx"), ownerOnly: true))
        {
            file.Commit();
        }

        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(live));
    }

    /// <summary>The pid of a process that has ended.</summary>
    internal static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
