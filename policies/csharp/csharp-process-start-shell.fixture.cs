using System.Diagnostics;

class Runner
{
    void Run(string host, string file)
    {
        // ruleid: csharp-process-start-shell
        Process.Start("cmd.exe", "/c ping " + host);
        // ruleid: csharp-process-start-shell
        Process.Start("/bin/bash", $"-c \"tar xzf {file}\"");
        // ruleid: csharp-process-start-shell
        var psi = new ProcessStartInfo("powershell", "-Command Get-Item " + file);
        var p2 = new ProcessStartInfo("cmd.exe");
        // ruleid: csharp-process-start-shell
        p2.Arguments = "/c del " + file;
        // ok: csharp-process-start-shell
        Process.Start("ping", "-n 1 " + host);
        // ok: csharp-process-start-shell
        Process.Start("cmd.exe", "/c dir");
        // ok: csharp-process-start-shell
        var safe = new ProcessStartInfo("ping");
        // ok: csharp-process-start-shell
        safe.ArgumentList.Add(host);
    }
}
