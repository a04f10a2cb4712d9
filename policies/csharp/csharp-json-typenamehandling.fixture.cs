using Newtonsoft.Json;

class Json
{
    object Read(string body)
    {
        // ruleid: csharp-json-typenamehandling
        var s1 = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        var s2 = new JsonSerializerSettings();
        // ruleid: csharp-json-typenamehandling
        s2.TypeNameHandling = TypeNameHandling.Auto;
        // ok: csharp-json-typenamehandling
        var s3 = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        // ok: csharp-json-typenamehandling
        var dto = JsonConvert.DeserializeObject<OrderDto>(body);
        return dto;
    }
}
