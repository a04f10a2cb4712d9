const mysql = require("mysql");
const { Pool } = require("pg");

async function findUser(req, res, pool, connection, knex, sequelize) {
  const email = req.query.email;
  // ruleid: javascript-sqli-dataflow
  const rows = await pool.query(`SELECT * FROM users WHERE email = '${email}'`);
  let sql = "SELECT * FROM orders WHERE user = '" + req.params.id + "'";
  // ruleid: javascript-sqli-dataflow
  connection.query(sql, (err, r) => res.json(r));
  // ruleid: javascript-sqli-dataflow
  await sequelize.query("DELETE FROM carts WHERE id = " + req.body.cart);
  let where = "active = 1";
  where += " AND name = '" + req.query.name + "'";
  // ruleid: javascript-sqli-dataflow
  await knex.raw("SELECT * FROM t WHERE " + where);
  // ok: javascript-sqli-dataflow
  await pool.query("SELECT * FROM users WHERE email = $1", [email]);
  // ok: javascript-sqli-dataflow
  connection.query("SELECT * FROM users WHERE id = ?", [req.params.id]);
  const table = "users";
  // ok: javascript-sqli-dataflow
  await pool.query(`SELECT count(*) FROM ${table}`);
  // ok: javascript-sqli-dataflow
  await pool.query("SELECT * FROM t LIMIT " + parseInt(req.query.n, 10));
  // ok: javascript-sqli-dataflow
  await elastic.search({ q: `email:${email}` });
  return rows;
}
