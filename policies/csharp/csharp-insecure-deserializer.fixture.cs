using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;

class Loader
{
    object Load(Stream body)
    {
        // ruleid: csharp-insecure-deserializer
        var formatter = new BinaryFormatter();
        // ruleid: csharp-insecure-deserializer
        var los = new LosFormatter();
        // ruleid: csharp-insecure-deserializer
        var js = new JavaScriptSerializer(new SimpleTypeResolver());
        // ok: csharp-insecure-deserializer
        var plain = new JavaScriptSerializer();
        // ok: csharp-insecure-deserializer
        var dto = JsonSerializer.Deserialize<OrderDto>(body);
        // ok: csharp-insecure-deserializer
        var dcs = new DataContractSerializer(typeof(OrderDto));
        return formatter.Deserialize(body);
    }
}
