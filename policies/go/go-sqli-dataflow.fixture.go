package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

func FindUser(ctx context.Context, db *sql.DB, email string, id int) error {
	// ruleid: go-sqli-dataflow
	rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE email = '%s'", email))
	if err != nil {
		return err
	}
	defer rows.Close()
	q := "DELETE FROM sessions WHERE user = '" + email + "'"
	// ruleid: go-sqli-dataflow
	_, err = db.ExecContext(ctx, q)
	query := "SELECT * FROM t WHERE a = 1"
	query += " AND b = '" + email + "'"
	// ruleid: go-sqli-dataflow
	db.QueryRow(query)
	// ok: go-sqli-dataflow
	db.QueryRowContext(ctx, "SELECT * FROM users WHERE email = $1", email)
	// ok: go-sqli-dataflow
	db.Exec("UPDATE users SET seen = now() WHERE id = ?", id)
	const table = "users"
	// ok: go-sqli-dataflow
	db.Query("SELECT count(*) FROM " + table)
	// ok: go-sqli-dataflow
	db.Query("SELECT * FROM t LIMIT " + strconv.Itoa(id))
	// ok: go-sqli-dataflow
	fmt.Println(fmt.Sprintf("user %s", email))
	return err
}
