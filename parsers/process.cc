#include "mergegate/parsers/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace mergegate::parsers {
namespace {

void CloseFd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& cwd,
                         const std::string& input) {
  ProcessResult result;
  if (argv.empty()) return result;
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return result;
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    close(in_pipe[0]), close(in_pipe[1]);
    return result;
  }
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(in_pipe[0]), close(in_pipe[1]), close(out_pipe[0]), close(out_pipe[1]);
    return result;
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(127);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  int write_fd = in_pipe[1], out_fd = out_pipe[0], err_fd = err_pipe[0];
  if (pid < 0) {
    CloseFd(write_fd), CloseFd(out_fd), CloseFd(err_fd);
    return result;
  }
  // Feed stdin and drain stdout/stderr together so neither side can fill a pipe and deadlock.
  size_t written = 0;
  if (input.empty()) CloseFd(write_fd);
  std::array<char, 65536> buf;
  while (out_fd >= 0 || err_fd >= 0 || write_fd >= 0) {
    pollfd fds[3];
    int n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    if (write_fd >= 0) fds[n++] = {write_fd, POLLOUT, 0};
    if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == write_fd) {
        signal(SIGPIPE, SIG_IGN);
        const ssize_t w = write(write_fd, input.data() + written, input.size() - written);
        if (w <= 0) {
          CloseFd(write_fd);
        } else {
          written += static_cast<size_t>(w);
          if (written == input.size()) CloseFd(write_fd);
        }
        continue;
      }
      const ssize_t r = read(fds[i].fd, buf.data(), buf.size());
      std::string& sink = fds[i].fd == out_fd ? result.out : result.err;
      if (r <= 0) {
        if (r < 0 && errno == EINTR) continue;
        CloseFd(fds[i].fd == out_fd ? out_fd : err_fd);
      } else {
        sink.append(buf.data(), static_cast<size_t>(r));
      }
    }
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace mergegate::parsers
