import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

class UserDao {
  private static final String TABLE = "users";

  ResultSet find(Connection conn, String email, int limit) throws Exception {
    Statement stmt = conn.createStatement();
    // ruleid: java-sqli-dataflow
    ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE email = '" + email + "'");
    String sql = "DELETE FROM sessions WHERE user = '" + email + "'";
    // ruleid: java-sqli-dataflow
    stmt.executeUpdate(sql);
    String q = String.format("SELECT * FROM orders WHERE owner = '%s'", email);
    // ruleid: java-sqli-dataflow
    PreparedStatement bad = conn.prepareStatement(q);
    String where = "active = 1";
    where += " AND name = '" + email + "'";
    // ruleid: java-sqli-dataflow
    em.createNativeQuery("SELECT * FROM t WHERE " + where).getResultList();
    // ok: java-sqli-dataflow
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE email = ?");
    ps.setString(1, email);
    // ok: java-sqli-dataflow
    ps.executeQuery();
    // ok: java-sqli-dataflow
    stmt.executeQuery("SELECT count(*) FROM " + TABLE);
    // ok: java-sqli-dataflow
    stmt.executeQuery("SELECT * FROM users LIMIT " + limit);
    // ok: java-sqli-dataflow
    log.execute("user " + email);
    return rs;
  }
}
