package main

import "os"

func perms(path string, f *os.File) {
	// ruleid: go-world-writable-chmod
	os.Chmod(path, 0777)
	// ruleid: go-world-writable-chmod
	os.Chmod(path, 0o666)
	// ruleid: go-world-writable-chmod
	f.Chmod(0776)
	// ok: go-world-writable-chmod
	os.Chmod(path, 0600)
	// ok: go-world-writable-chmod
	os.Chmod(path, 0o755)
	// ok: go-world-writable-chmod
	os.MkdirAll(path, 0777)
	// ok: go-world-writable-chmod
	os.WriteFile(path, nil, 0666)
}
