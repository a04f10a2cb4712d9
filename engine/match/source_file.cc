// Reading files to scan: bounded in size, never through a symlink, binary files skipped, and
// UTF-16 text (with a byte-order mark) transcoded to UTF-8 so its secrets are still found.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mergegate/scan.h"

namespace mergegate {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Transcodes UTF-16 (after its BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string Utf16ToUtf8(std::string_view data, bool little_endian) {
  std::string out;
  out.reserve(data.size() / 2);
  auto unit = [&](size_t i) -> uint32_t {
    const auto a = static_cast<unsigned char>(data[i]), b = static_cast<unsigned char>(data[i + 1]);
    return little_endian ? (uint32_t{b} << 8 | a) : (uint32_t{a} << 8 | b);
  };
  for (size_t i = 0; i + 1 < data.size(); i += 2) {
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < data.size()) {
      const uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    AppendUtf8(cp, &out);
  }
  return out;
}

}  // namespace

std::optional<std::string> ReadSourceFile(const std::string& fs_path, uint64_t max_bytes,
                                          std::string* skip_reason) {
  const int fd = open(fs_path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    *skip_reason = "unreadable";
    return std::nullopt;
  }
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *skip_reason = "not a regular file";
    return std::nullopt;
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    close(fd);
    *skip_reason =
        "too large (" + std::to_string(st.st_size) + " bytes > " + std::to_string(max_bytes) + ")";
    return std::nullopt;
  }
  std::string data(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < data.size()) {
    const ssize_t r = read(fd, data.data() + got, data.size() - got);
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  close(fd);
  data.resize(got);
  if (data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF")) {
    return Utf16ToUtf8(std::string_view(data).substr(2), data[0] == '\xFF');
  }
  if (data.starts_with("\xEF\xBB\xBF")) data.erase(0, 3);  // UTF-8 BOM: not part of the text
  if (data.find('\0') < 8192) {
    *skip_reason = "binary";
    return std::nullopt;
  }
  return data;
}

}  // namespace mergegate
