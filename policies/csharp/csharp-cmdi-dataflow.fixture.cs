using System.Diagnostics;

class Tools
{
    public void Run(string host, string dir, int port)
    {
        // ruleid: csharp-cmdi-dataflow
        Process.Start("cmd.exe", "/c ping " + host);
        var args = $"-c \"tar -czf /tmp/a.tgz {dir}\"";
        // ruleid: csharp-cmdi-dataflow
        var psi = new ProcessStartInfo("/bin/bash", args);
        // ruleid: csharp-cmdi-dataflow
        Process.Start("powershell", string.Format("-Command Test-Connection {0}", host));
        // ok: csharp-cmdi-dataflow
        Process.Start("ping", host);
        // ok: csharp-cmdi-dataflow
        Process.Start("cmd.exe", "/c dir");
        // ok: csharp-cmdi-dataflow
        Process.Start("cmd.exe", "/c netstat -an | find \"" + port + "\"");
    }
}
