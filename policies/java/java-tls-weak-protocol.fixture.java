import javax.net.ssl.SSLContext;

class Tls {
    void contexts(SSLSocket socket) throws Exception {
        // ruleid: java-tls-weak-protocol
        SSLContext a = SSLContext.getInstance("SSL");
        // ruleid: java-tls-weak-protocol
        SSLContext b = SSLContext.getInstance("TLSv1");
        // ruleid: java-tls-weak-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});
        // ok: java-tls-weak-protocol
        SSLContext c = SSLContext.getInstance("TLSv1.3");
        // ok: java-tls-weak-protocol
        SSLContext d = SSLContext.getInstance("TLS");
        // ok: java-tls-weak-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
    }
}
