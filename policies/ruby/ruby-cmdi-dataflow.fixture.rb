require "open3"
require "shellwords"

def backup(dir, host)
  # ruleid: ruby-cmdi-dataflow
  system("tar -czf /tmp/a.tgz #{dir}")
  cmd = "ping -c 1 " + host
  # ruleid: ruby-cmdi-dataflow
  out, status = Open3.capture2(cmd)
  # ruleid: ruby-cmdi-dataflow
  IO.popen("du -sh #{dir}")
  # ok: ruby-cmdi-dataflow
  system("tar", "-czf", "/tmp/a.tgz", dir)
  # ok: ruby-cmdi-dataflow
  system("ping -c 1 #{Shellwords.escape(host)}")
  # ok: ruby-cmdi-dataflow
  system("uptime")
  out
end
