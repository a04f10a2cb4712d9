using System.Data.SqlClient;

class UserRepository
{
    public void Find(SqlConnection conn, string email, int limit)
    {
        // ruleid: csharp-sqli-dataflow
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Email = '" + email + "'", conn);
        string sql = $"DELETE FROM Sessions WHERE UserEmail = '{email}'";
        // ruleid: csharp-sqli-dataflow
        cmd.CommandText = sql;
        // ruleid: csharp-sqli-dataflow
        db.Users.FromSqlRaw(string.Format("SELECT * FROM Users WHERE Name = '{0}'", email)).ToList();
        // ok: csharp-sqli-dataflow
        var safe = new SqlCommand("SELECT * FROM Users WHERE Email = @email", conn);
        safe.Parameters.AddWithValue("@email", email);
        // ok: csharp-sqli-dataflow
        db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Email = {email}").ToList();
        // ok: csharp-sqli-dataflow
        var top = new SqlCommand("SELECT TOP " + limit + " * FROM Users", conn);
        // ok: csharp-sqli-dataflow
        logger.Execute($"user {email} logged in");
    }
}
