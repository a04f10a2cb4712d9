package main

import (
	"context"
	"fmt"
	"os/exec"
)

func convert(ctx context.Context, in, out string, r *http.Request) {
	// ruleid: go-exec-shell-c
	exec.Command("sh", "-c", "convert "+in+" "+out).Run()
	// ruleid: go-exec-shell-c
	exec.Command("/bin/bash", "-c", fmt.Sprintf("tar xzf %s", in)).Run()
	// ruleid: go-exec-shell-c
	exec.CommandContext(ctx, "sh", "-c", r.URL.Query().Get("cmd")).Run()
	// ruleid: go-exec-shell-c
	exec.Command("cmd", "/C", in).Run()
	// ok: go-exec-shell-c
	exec.Command("convert", in, out).Run()
	// ok: go-exec-shell-c
	exec.Command("sh", "-c", "ls -l /tmp | wc -l").Run()
	// ok: go-exec-shell-c
	exec.Command("sh", "./build.sh", in).Run()
	// ok: go-exec-shell-c
	// exec.Command("sh", "-c", "rm "+in).Run()
}
