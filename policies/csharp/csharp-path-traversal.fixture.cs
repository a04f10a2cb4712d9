using System.IO;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class FilesController : Controller
{
    private const string Root = "/srv/files";

    public IActionResult Download([FromQuery] string name)
    {
        var path = Path.Combine(Root, name);
        // ruleid: csharp-path-traversal
        return PhysicalFile(path, "application/octet-stream");
    }

    public IActionResult Read()
    {
        string report = Request.Query["report"];
        // ruleid: csharp-path-traversal
        var text = System.IO.File.ReadAllText(Root + "/reports/" + report);
        return Content(text);
    }

    public void Upload(IFormFile file)
    {
        var target = Path.Combine(Root, file.FileName);
        // ruleid: csharp-path-traversal
        using var stream = new FileStream(target, FileMode.Create);
        file.CopyTo(stream);
    }

    public IActionResult SafeName([FromQuery] string name)
    {
        var path = Path.Combine(Root, Path.GetFileName(name));
        // ok: csharp-path-traversal
        return PhysicalFile(path, "application/octet-stream");
    }

    public IActionResult SafeChecked([FromQuery] string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, name));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar))
        {
            return BadRequest();
        }
        // ok: csharp-path-traversal
        return PhysicalFile(path, "application/octet-stream");
    }

    public string Helper(string name)
    {
        // ok: csharp-path-traversal
        return File.ReadAllText(Path.Combine(Root, name));
    }

    public void Stored(IFormFile file)
    {
        var target = Path.Combine(Root, Guid.NewGuid().ToString());
        // ok: csharp-path-traversal
        using var stream = new FileStream(target, FileMode.Create);
    }
}
