package files

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gorilla/mux"
)

const baseDir = "/srv/files"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	full := filepath.Join(baseDir, name)
	// ruleid: go-path-traversal-dataflow
	data, err := os.ReadFile(full)
	if err != nil {
		return
	}
	w.Write(data)
}

func serve(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	// ruleid: go-path-traversal-dataflow
	http.ServeFile(w, r, baseDir+"/"+vars["name"])
}

func upload(c *gin.Context) {
	target := filepath.Join("/srv/uploads", c.Param("name"))
	// ruleid: go-path-traversal-dataflow
	out, _ := os.Create(target)
	defer out.Close()
}

func remove(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	// ruleid: go-path-traversal-dataflow
	os.Remove(fmt.Sprintf("/tmp/cache/%s.json", id))
}

func safeBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go-path-traversal-dataflow
	data, _ := os.ReadFile(filepath.Join(baseDir, name))
	w.Write(data)
}

func safeLocal(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if !filepath.IsLocal(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal-dataflow
	data, _ := os.ReadFile(filepath.Join(baseDir, name))
	w.Write(data)
}

func safePrefix(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(baseDir, r.FormValue("f"))
	if !strings.HasPrefix(p, baseDir+string(os.PathSeparator)) {
		return
	}
	// ok: go-path-traversal-dataflow
	os.Open(p)
}

func notFromRequest(name string) {
	// ok: go-path-traversal-dataflow
	os.Open(filepath.Join(baseDir, name))
}

func constantPath(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("x")
	// ok: go-path-traversal-dataflow
	os.Open(filepath.Join(baseDir, "index.html"))
}
