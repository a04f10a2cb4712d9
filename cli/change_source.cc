#include "change_source.h"

namespace mergegate::cli {

Expected<ChangeInput> GitChange(const parsers::GitRepo& repo, const std::string& from,
                                const std::string& to) {
  Expected<std::string> text = repo.Diff(from, to);
  if (!text) return tl::unexpected(text.error());
  const std::string origin =
      to.empty() ? "git diff --cached " + from : "git diff " + from + " " + to;
  Expected<parsers::ParsedDiff> diff = parsers::ParseUnifiedDiff(*text, origin);
  if (!diff) return tl::unexpected(diff.error());
  ChangeInput input;
  std::vector<std::string> names;
  std::vector<size_t> index_of;
  for (size_t i = 0; i < diff->files.size(); ++i) {
    const parsers::FileDiff& f = diff->files[i];
    if (f.change == parsers::FileChange::kDeleted || f.binary) continue;
    const bool has_oid = !f.new_oid.empty() && !parsers::IsZeroOid(f.new_oid) &&
                         f.new_oid.find_first_not_of('0') != std::string::npos;
    names.push_back(has_oid ? f.new_oid : (to.empty() ? ":" : to + ":") + f.new_path);
    index_of.push_back(i);
  }
  Expected<std::vector<std::optional<std::string>>> blobs = repo.ReadBlobs(names);
  if (!blobs) return tl::unexpected(blobs.error());
  input.post_images.resize(diff->files.size());
  for (size_t k = 0; k < index_of.size(); ++k) input.post_images[index_of[k]] = (*blobs)[k];
  input.diff = std::move(*diff);
  return input;
}

Expected<ChangeInput> GitRangeChange(const parsers::GitRepo& repo, const std::string& base,
                                     const std::string& head) {
  Expected<std::string> b = repo.ResolveCommit(base);
  if (!b) return tl::unexpected(b.error());
  Expected<std::string> h = repo.ResolveCommit(head);
  if (!h) return tl::unexpected(h.error());
  Expected<std::string> merge_base = repo.MergeBase(*b, *h);
  if (!merge_base) return tl::unexpected(merge_base.error());
  return GitChange(repo, *merge_base, *h);
}

Expected<ChangeInput> StagedChange(const parsers::GitRepo& repo) {
  Expected<std::string> head = repo.ResolveCommit("HEAD");
  if (head) return GitChange(repo, *head, "");
  Expected<std::string> empty = repo.EmptyTree();  // no commit yet
  if (!empty) return tl::unexpected(empty.error());
  return GitChange(repo, *empty, "");
}

void ScanChangeInto(ScanSession* session, const ChangeInput& input, DiffScope scope,
                    const std::map<std::string, std::string>& properties) {
  const Scanner scanner(session->policies(), session->scan_options());
  ScanResults results =
      ScanChange(scanner, session->policies(), input.diff, input.post_images, scope,
                 session->scan_options().max_file_bytes, session->config().change);
  // Config excludes apply to change scans as they do to tree scans.
  std::erase_if(results.findings, [&](const Finding& f) {
    for (const std::string& g : session->config().exclude) {
      if (parsers::GlobMatch(g, f.path)) return true;
    }
    return false;
  });
  for (Finding& f : results.findings) {
    for (const auto& [k, v] : properties) f.properties[k] = v;
  }
  session->AddResults(std::move(results));
}

void AddScopeOption(po::options_description* desc, std::string* scope) {
  desc->add_options()("scope", po::value(scope)->default_value("added"),
                      "which findings of changed files count: added (lines the change adds), "
                      "context (any line of a hunk), file (whole changed files), all");
}

std::optional<DiffScope> ScopeFromOption(const std::string& scope) {
  std::optional<DiffScope> s = ParseDiffScope(scope);
  if (!s) {
    PrintDiagnostics({{"usage.scope", "unknown scope '" + scope + "'", "", 0, 0,
                       "use added, context, file or all"}});
  }
  return s;
}

}  // namespace mergegate::cli
