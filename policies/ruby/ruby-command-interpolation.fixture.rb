def convert(file, branch)
  # ruleid: ruby-command-interpolation
  system("convert #{file} out.png")
  # ruleid: ruby-command-interpolation
  log = `git log #{branch}`
  # ruleid: ruby-command-interpolation
  files = %x(ls #{params[:dir]})
  # ruleid: ruby-command-interpolation
  out, status = Open3.capture2("grep -r #{branch} .")
  # ruleid: ruby-command-interpolation
  IO.popen("tar xzf #{file}") { |io| io.read }
  # ok: ruby-command-interpolation
  system("convert", file, "out.png")
  # ok: ruby-command-interpolation
  uptime = `uptime`
  # ok: ruby-command-interpolation
  out2, status2 = Open3.capture2("git", "log", "--", branch)
  # ok: ruby-command-interpolation
  logger.info("converted #{file}")
  # ok: ruby-command-interpolation
  system("make test")
  [log, files, out, status, uptime, out2, status2]
end
