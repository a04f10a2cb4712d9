package auth

import (
	"log"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	// ruleid: go-log-injection
	log.Printf("login failed for %s", user)
}

func agent(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-log-injection
	log.Println("client:", r.UserAgent())
}

func search(w http.ResponseWriter, r *http.Request) {
	msg := "search for " + r.URL.Query().Get("q")
	// ruleid: go-log-injection
	log.Print(msg)
}

func quoted(w http.ResponseWriter, r *http.Request) {
	// ok: go-log-injection
	log.Printf("login failed for %s", strconv.Quote(r.FormValue("user")))
	clean := strings.ReplaceAll(r.FormValue("user"), "\n", "")
	// ok: go-log-injection
	log.Printf("login failed for %s", clean)
}

func structured(w http.ResponseWriter, r *http.Request) {
	// ok: go-log-injection
	slog.Warn("login failed", "user", r.FormValue("user"))
}

func notRequest(job string, n int) {
	// ok: go-log-injection
	log.Printf("job %s finished after %d tries", job, n)
}

func requestMethodOnly(w http.ResponseWriter, r *http.Request) {
	// ok: go-log-injection
	log.Printf("%s handled", "login")
}

func numeric(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.FormValue("id"), 10, 64)
	if err != nil {
		return
	}
	// ok: go-log-injection
	log.Printf("failed to find goroutine %d", id)
}

func wholeURL(w http.ResponseWriter, req *http.Request) {
	// ok: go-log-injection
	log.Print(req.URL)
	// ruleid: go-log-injection
	log.Print("path: " + req.URL.Path)
}
