package tools

import (
	"context"
	"fmt"
	osexec "os/exec"
	"os/exec"
)

func Archive(ctx context.Context, dir, host string) error {
	// ruleid: go-cmdi-dataflow
	exec.Command("sh", "-c", "tar -czf /tmp/a.tgz "+dir).Run()
	cmd := fmt.Sprintf("ping -c 1 %s", host)
	// ruleid: go-cmdi-dataflow
	exec.CommandContext(ctx, "/bin/bash", "-c", cmd).Run()
	// ruleid: go-cmdi-dataflow
	osexec.Command("sh", "-c", "du -sh "+dir).Output()
	// ok: go-cmdi-dataflow
	exec.Command("tar", "-czf", "/tmp/a.tgz", dir).Run()
	// ok: go-cmdi-dataflow
	exec.Command("sh", "-c", "sync && echo done").Run()
	// ok: go-cmdi-dataflow
	exec.Command("grep", "-c", "x"+dir).Run()
	return nil
}
