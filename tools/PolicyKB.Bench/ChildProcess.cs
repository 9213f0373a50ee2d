using System.Diagnostics;
using System.Globalization;

namespace PolicyKB.Bench;

/// <summary>One finished child process: what it printed, how long it took, and (on Linux) its peak
/// resident memory and CPU time, sampled from /proc while it ran.</summary>
public sealed record ChildResult(int ExitCode, string Stdout, string Stderr, TimeSpan Wall, long PeakBytes, TimeSpan Cpu);

/// <summary>Runs a program and measures it from outside, as a user's shell would see it.</summary>
public static class ChildProcess
{
    private const double ClockTicksPerSecond = 100;   // USER_HZ on Linux

    public static ChildResult Run(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        bool sample = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        double cpuTicks = 0;
        var pid = process.Id;
        Thread? sampler = null;
        var done = false;
        if (sample && OperatingSystem.IsLinux())
        {
            // VmHWM is a high-water mark and utime+stime only grow: the last sample before exit is
            // the answer, to within one sampling interval.
            sampler = new Thread(() =>
            {
                while (!Volatile.Read(ref done))
                {
                    if (ReadPeak(pid) is { } p)
                        peak = Math.Max(peak, p);
                    if (ReadCpuTicks(pid) is { } c)
                        cpuTicks = Math.Max(cpuTicks, c);
                    Thread.Sleep(10);
                }
            }) { IsBackground = true };
            sampler.Start();
        }
        process.WaitForExit();
        clock.Stop();
        Volatile.Write(ref done, true);
        sampler?.Join();
        return new ChildResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak,
            TimeSpan.FromSeconds(cpuTicks / ClockTicksPerSecond));
    }

    private static long? ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
        }
        return null;
    }

    private static double? ReadCpuTicks(int pid)
    {
        try
        {
            // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
