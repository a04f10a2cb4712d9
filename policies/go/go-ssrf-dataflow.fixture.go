package proxy

import (
	"fmt"
	"net/http"
	"net/url"
)

var allowed = map[string]string{"status": "https://status.internal/api"}

func fetch(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf-dataflow
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err == nil {
		resp.Body.Close()
	}
}

func preview(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	endpoint := fmt.Sprintf("http://%s/preview", host)
	// ruleid: go-ssrf-dataflow
	req, _ := http.NewRequest("GET", endpoint, nil)
	http.DefaultClient.Do(req)
}

func hook(c *gin.Context) {
	target := c.PostForm("callback")
	// ruleid: go-ssrf-dataflow
	http.Post(target, "application/json", nil)
}

func safeAllowList(w http.ResponseWriter, r *http.Request) {
	target, ok := allowed[r.URL.Query().Get("site")]
	if !ok {
		return
	}
	// ok: go-ssrf-dataflow
	http.Get(target)
}

func safeInline(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf-dataflow
	http.Get(allowed[r.URL.Query().Get("site")])
}

func safeChecked(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("url"))
	if err != nil || u.Hostname() != "api.partner.example" {
		return
	}
	// ok: go-ssrf-dataflow
	http.Get(u.String())
}

func safeEscaped(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf-dataflow
	http.Get("https://api.internal/search?q=" + url.QueryEscape(r.FormValue("q")))
}

func fromConfig(base string) {
	// ok: go-ssrf-dataflow
	http.Get(base + "/health")
}
