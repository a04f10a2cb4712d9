package archive

import (
	"archive/tar"
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		// ruleid: go-zip-slip
		target := filepath.Join(dest, f.Name)
		out, _ := os.Create(target)
		rc, _ := f.Open()
		io.Copy(out, rc)
	}
	return nil
}

func untar(in io.Reader, dest string) error {
	tr := tar.NewReader(in)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		// ruleid: go-zip-slip
		out, _ := os.Create(filepath.Join(dest, hdr.Name))
		io.Copy(out, tr)
	}
}

func unzipSafe(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	for _, f := range r.File {
		if !filepath.IsLocal(f.Name) {
			continue
		}
		// ok: go-zip-slip
		target := filepath.Join(dest, f.Name)
		os.MkdirAll(filepath.Dir(target), 0o755)
	}
	return nil
}

func untarPrefix(in io.Reader, dest string) error {
	tr := tar.NewReader(in)
	hdr, _ := tr.Next()
	// ok: go-zip-slip
	target := filepath.Join(dest, hdr.Name)
	if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
		return nil
	}
	return nil
}

func notArchive(dest string, user User) string {
	// ok: go-zip-slip
	return filepath.Join(dest, user.Name)
}
