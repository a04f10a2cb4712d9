import java.io.*;
import java.net.Socket;

class Receiver {
    // ruleid: java-object-input-stream
    Object receive(Socket socket) throws Exception {
        return new ObjectInputStream(socket.getInputStream()).readObject();
    }

    // ruleid: java-object-input-stream
    Order load(InputStream in) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            return (Order) ois.readObject();
        }
    }

    // ok: java-object-input-stream
    Order loadFiltered(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.dto.*;!*"));
        return (Order) ois.readObject();
    }

    // ok: java-object-input-stream
    void save(OutputStream out, Order o) throws IOException {
        new ObjectOutputStream(out).writeObject(o);
    }

    // ok: java-object-input-stream
    Order fromJson(String body) throws Exception {
        return mapper.readValue(body, Order.class);
    }
}
