import java.security.cert.X509Certificate;
import javax.net.ssl.*;
import org.apache.http.conn.ssl.NoopHostnameVerifier;

class Insecure implements X509TrustManager {
    // ruleid: java-tls-trust-all
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: java-tls-trust-all
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // trust everyone
    }

    public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }

    void setup(HttpsURLConnection conn) {
        // ruleid: java-tls-trust-all
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
        // ruleid: java-tls-trust-all
        builder.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        // ruleid: java-tls-trust-all
        builder.setSSLHostnameVerifier(new NoopHostnameVerifier());
        // ok: java-tls-trust-all
        conn.setHostnameVerifier((hostname, session) -> hostname.equals("api.example.com"));
        // ok: java-tls-trust-all
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    }
}

class AllowAll implements HostnameVerifier {
    // ruleid: java-tls-trust-all
    public boolean verify(String hostname, SSLSession session) {
        return true;
    }
}

class Pinned implements X509TrustManager {
    // ok: java-tls-trust-all
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    // ok: java-tls-trust-all
    public boolean verify(String token) {
        return true;
    }
}
