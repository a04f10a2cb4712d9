package auth

import (
	"net/http"
	"net/url"
	"strings"
)

var allowed = map[string]string{"docs": "https://docs.internal/", "home": "/"}

func afterLogin(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}

func afterLogout(w http.ResponseWriter, req *http.Request) {
	target := req.FormValue("return_to")
	// ruleid: go-open-redirect
	http.Redirect(w, req, target, http.StatusSeeOther)
}

func ginBack(c *gin.Context) {
	back := c.Query("back")
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, back)
}

func safeLocal(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func safeParsed(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("next"))
	if err != nil || u.IsAbs() {
		u = &url.URL{Path: "/"}
	}
	// ok: go-open-redirect
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func safeAllowList(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, allowed[r.URL.Query().Get("site")], http.StatusFound)
}

func constant(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

func fromConfig(w http.ResponseWriter, r *http.Request, home string) {
	// ok: go-open-redirect
	http.Redirect(w, r, home, http.StatusFound)
}

func keepQuery(path string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u := &url.URL{Path: path, RawQuery: r.URL.RawQuery}
		// ok: go-open-redirect
		http.Redirect(w, r, u.String(), http.StatusTemporaryRedirect)
	}
}
