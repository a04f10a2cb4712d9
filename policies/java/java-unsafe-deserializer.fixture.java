import java.beans.XMLDecoder;
import org.yaml.snakeyaml.Yaml;

class Loader {
    // ruleid: java-unsafe-deserializer
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    Object payload;

    // ok: java-unsafe-deserializer
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    Object shape;

    void load(HttpServletRequest request, String body, ObjectMapper mapper) throws Exception {
        // ruleid: java-unsafe-deserializer
        Object o = new XMLDecoder(request.getInputStream()).readObject();
        // ruleid: java-unsafe-deserializer
        Map<String, Object> cfg = new Yaml().load(body);
        // ruleid: java-unsafe-deserializer
        Object x = new Yaml(new Constructor(Config.class)).load(body);
        // ruleid: java-unsafe-deserializer
        mapper.enableDefaultTyping();
        // ruleid: java-unsafe-deserializer
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        // ok: java-unsafe-deserializer
        Map<String, Object> safe = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
        // ok: java-unsafe-deserializer
        mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType("com.acme.").build());
        // ok: java-unsafe-deserializer
        Order order = mapper.readValue(body, Order.class);
    }
}
