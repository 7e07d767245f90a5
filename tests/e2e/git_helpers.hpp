#pragma once

// Running git in a test's sandbox, and the repositories the collaboration
// tests need: a bare "server" and clones of it, each with its own identity
// and sopctl's merge driver registered.

#include "sopctl_runner.hpp"

#include <string>
#include <vector>

namespace e2e {

// Runs `git args...` in `dir` with the sandbox's environment (its empty
// HOME, no system config) plus `env`, and waits for it.
Result run_git(const Sandbox& sandbox,
               const fs::path& dir,
               const std::vector<std::string>& args,
               const Env& env = {});

// Same for a git command that must succeed; returns its stdout.
std::string git_ok(const Sandbox& sandbox,
                   const fs::path& dir,
                   const std::vector<std::string>& args,
                   const Env& env = {});

// Sets user.name and user.email in the repository at `dir`.
void set_identity(const Sandbox& sandbox,
                  const fs::path& dir,
                  const std::string& name,
                  const std::string& email);

// `git init -b main` in `dir` (created if needed), with an identity.
void git_init(const Sandbox& sandbox,
              const fs::path& dir,
              const std::string& name = "Admin",
              const std::string& email = "admin@sibolga.go.id");

// The subjects of the commits of HEAD, newest first.
std::vector<std::string> commit_subjects(const Sandbox& sandbox, const fs::path& dir);

// The paths the HEAD commit changed, one per line, sorted.
std::string files_of_head(const Sandbox& sandbox, const fs::path& dir);

// `git status --porcelain`: empty when the work tree is clean.
std::string git_status(const Sandbox& sandbox, const fs::path& dir);

// A PATH value naming only a directory of the sandbox that holds git (a
// symlink to the machine's), so no sopctl is found on PATH, whatever is
// installed on the machine.
std::string path_with_git_only(const Sandbox& sandbox);

// A PATH value naming only a directory of the sandbox that holds git and a
// `sopctl` symlink to the sopctl under test: this program, found by name.
std::string path_with_this_sopctl(const Sandbox& sandbox);

// The office's server: repo/ becomes a git repository set up by `sopctl
// init` (committed), cloned bare to server.git, with repo/ tracking it.
// Returns the server's path.
fs::path make_server(const Sandbox& sandbox);

// A clone of the server at `<root>/<name>` with its own identity and the
// merge driver registered (`sopctl init --git-config`).
fs::path make_clone(const Sandbox& sandbox,
                    const std::string& name,
                    const std::string& user_name,
                    const std::string& email);

// The environment that makes `name <email>` git's identity for a run, for
// sopctl (which reads user.email to know who acts) and the git it runs,
// whatever the repository's own config says.
Env identity_env(const std::string& name, const std::string& email);

// `sopctl args...` in `dir`, which must succeed; returns its stdout.
std::string sopctl_ok(const Sandbox& sandbox,
                      const fs::path& dir,
                      const std::vector<std::string>& args,
                      const Env& env = {});

} // namespace e2e
