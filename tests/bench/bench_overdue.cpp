// Benchmark of `sopctl report overdue` over N generated drafts, with
// Taskwarrior's `task overdue` over N tasks as the reference, side by side in
// the same run; with `--commands check,verify`, of `sopctl check` and
// `sopctl verify` over the same drafts instead (or as well, when the list
// holds `overdue`). Prints figures; asserts nothing (see README
// "Benchmarks").
//
//   bench_overdue SOPCTL [--sizes 1000,10000,30000] [--runs 7] [--dir DIR]
//                        [--commands overdue,check,verify]
#include "generate_drafts.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run
{
  double ms = 0;
  double cpu_ms = 0; // user and system time of the child, on every core
  long peak_rss_kb = 0;
  int exit_code = 0;
};

// Runs a command with its output discarded; wall time and the child's peak
// RSS (getrusage of the waited-for child).
Run run(const std::vector<std::string>& args, const std::vector<std::string>& env = {})
{
  auto start = std::chrono::steady_clock::now();
  pid_t child = ::fork();
  if (child == 0) {
    for (const auto& entry : env) {
      ::putenv(const_cast<char*>(entry.c_str()));
    }
    std::FILE* null = std::fopen("/dev/null", "w");
    ::dup2(fileno(null), 1);
    ::dup2(fileno(null), 2);
    std::vector<char*> argv;
    for (const auto& arg : args) {
      argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(child, &status, 0, &usage);
  Run result;
  result.ms =
    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  auto ms_of = [](const timeval& time) { return time.tv_sec * 1000.0 + time.tv_usec / 1000.0; };
  result.cpu_ms = ms_of(usage.ru_utime) + ms_of(usage.ru_stime);
  result.peak_rss_kb = usage.ru_maxrss;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return result;
}

double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

// Taskwarrior's data for `count` pending tasks with due dates around `now`.
void write_tasks(const fs::path& dir, int count, std::time_t now)
{
  fs::create_directories(dir / "data");
  std::ofstream(dir / "taskrc") << fmt::format(
    "data.location={}\nconfirmation=off\nverbose=nothing\ngc=off\nhooks=off\n",
    (dir / "data").string());
  std::ofstream pending(dir / "data" / "pending.data");
  std::mt19937 random(7);
  for (int i = 0; i < count; ++i) {
    long due = now - 20 * 86400 + static_cast<long>(random() % (40 * 86400));
    pending << fmt::format("[description:\"Draft {} step {} Menganalisis data\" due:\"{}\" "
                           "entry:\"{}\" modified:\"{}\" status:\"pending\" "
                           "uuid:\"00000000-0000-4000-8000-{:012}\"]\n",
                           i,
                           i % 10 + 1,
                           due,
                           now - 40 * 86400,
                           now,
                           i);
  }
}

std::vector<std::string> split_commas(const std::string& text)
{
  std::vector<std::string> parts;
  size_t pos = 0;
  while (pos < text.size()) {
    auto comma = text.find(',', pos);
    parts.push_back(text.substr(pos, comma - pos));
    pos = comma == std::string::npos ? text.size() : comma + 1;
  }
  return parts;
}

std::vector<int> parse_sizes(const std::string& text)
{
  std::vector<int> sizes;
  for (const auto& part : split_commas(text)) {
    sizes.push_back(std::stoi(part));
  }
  return sizes;
}

// `sopctl check` and `sopctl verify` over the drafts of `repo`: the median
// wall and CPU time of `runs` runs (they keep no cache: every run is cold,
// with the files in the page cache).
void bench_commands(const std::string& sopctl,
                    const fs::path& repo,
                    int n,
                    int runs,
                    const std::vector<std::string>& commands)
{
  for (const auto& command : commands) {
    if (command == "overdue") {
      continue;
    }
    std::vector<double> wall;
    std::vector<double> cpu;
    long peak = 0;
    int exit_code = 0;
    for (int i = 0; i < runs; ++i) {
      auto result = run({sopctl, "-C", repo.string(), command});
      wall.push_back(result.ms);
      cpu.push_back(result.cpu_ms);
      peak = std::max(peak, result.peak_rss_kb);
      exit_code = std::max(exit_code, result.exit_code);
    }
    fmt::print("{:>6} {:>8} {:>9.1f} {:>9.1f} {:>8.1f} {:>6}\n",
               n,
               command,
               median(wall),
               median(cpu),
               peak / 1024.0,
               exit_code);
  }
}

bool have(const char* program)
{
  return std::system(fmt::format("command -v {} >/dev/null 2>&1", program).c_str()) == 0;
}

} // namespace

int main(int argc, char** argv)
{
  if (argc < 2) {
    fmt::print(stderr,
               "usage: bench_overdue SOPCTL [--sizes 1000,10000,30000] [--runs 7] "
               "[--dir DIR] [--commands overdue,check,verify]\n");
    return 2;
  }
  std::string sopctl = fs::absolute(argv[1]).string();
  std::vector<int> sizes = {1000, 10000, 30000};
  int runs = 7;
  fs::path dir = fs::temp_directory_path() / "sopctl-bench";
  std::vector<std::string> commands = {"overdue"};
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--sizes") {
      sizes = parse_sizes(argv[i + 1]);
    } else if (flag == "--runs") {
      runs = std::max(1, std::atoi(argv[i + 1]));
    } else if (flag == "--dir") {
      dir = argv[i + 1];
    } else if (flag == "--commands") {
      commands = split_commas(argv[i + 1]);
    }
  }
  bool overdue = std::find(commands.begin(), commands.end(), "overdue") != commands.end();
  if (commands.size() > (overdue ? 1u : 0u)) {
    fmt::print("sopctl check and verify over N drafts; {} runs, medians (each run cold: no "
               "cache, files in the page cache); CPU = user + system time on all cores\n",
               runs);
    fmt::print("{:>6} {:>8} {:>9} {:>9} {:>8} {:>6}\n",
               "N",
               "command",
               "wall ms",
               "CPU ms",
               "RSS MB",
               "exit");
    for (int n : sizes) {
      auto repo = dir / fmt::format("n{}", n);
      fs::remove_all(repo);
      fs::create_directories(repo);
      run({sopctl, "init", repo.string()});
      bench::generate_drafts(repo, n, "2026-11-24T10:00+07:00", 42);
      bench_commands(sopctl, repo, n, runs, commands);
    }
    fmt::print("target at N = 10000: check and verify wall ms <= 2000 on 2 cores\n");
  }
  if (!overdue) {
    return 0;
  }
  const std::string as_of = "2026-11-24T10:00+07:00";
  bool taskwarrior = have("task");
  fmt::print("sopctl report overdue over N drafts; {} warm runs, medians; cold = first run "
             "with no sopctl cache (files in the page cache)\n",
             runs);
  if (!taskwarrior) {
    fmt::print("task (Debian's taskwarrior) is not installed: no reference column\n");
  }
  fmt::print("{:>6} {:>9} {:>9} {:>8} {:>9} {:>9} {:>7} {:>7} {:>10} {:>8}\n",
             "N",
             "cold ms",
             "warm ms",
             "RSS MB",
             "task cold",
             "task warm",
             "cold x",
             "warm x",
             "ms/1000 w",
             "adv ms");
  for (int n : sizes) {
    auto repo = dir / fmt::format("n{}", n);
    fs::remove_all(repo);
    fs::create_directories(repo);
    run({sopctl, "init", repo.string()});
    auto drafts = bench::generate_drafts(repo, n, as_of, 42);
    std::string cache_env = "XDG_CACHE_HOME=" + (repo / "cache").string();
    std::vector<std::string> report = {
      sopctl, "-C", repo.string(), "report", "overdue", "--at", as_of};
    auto cold = run(report, {cache_env});
    std::vector<double> warm;
    long peak = cold.peak_rss_kb;
    for (int i = 0; i < runs; ++i) {
      auto result = run(report, {cache_env});
      warm.push_back(result.ms);
      peak = std::max(peak, result.peak_rss_kb);
    }
    double task_cold = 0;
    double task_warm = 0;
    if (taskwarrior) {
      auto tw = repo / "taskwarrior";
      write_tasks(tw, n, 1795489200); // 2026-11-24T10:00+07:00
      std::vector<std::string> task = {"task", "rc:" + (tw / "taskrc").string(), "overdue"};
      task_cold = run(task).ms;
      std::vector<double> times;
      for (int i = 0; i < runs; ++i) {
        times.push_back(run(task).ms);
      }
      task_warm = median(times);
    }
    // `advance` on one draft must not read the others: its cost should not
    // grow with N.
    std::vector<double> advances;
    for (const auto& draft : drafts) {
      if (static_cast<int>(advances.size()) == runs) {
        break;
      }
      if (!draft.active_role.empty()) {
        advances.push_back(run({sopctl,
                                "-C",
                                repo.string(),
                                "advance",
                                draft.id,
                                "--role",
                                draft.active_role,
                                "--by",
                                "bench",
                                "--at",
                                "2026-11-24T10:00+07:00"},
                               {cache_env})
                             .ms);
      }
    }
    double warm_ms = median(warm);
    fmt::print("{:>6} {:>9.1f} {:>9.1f} {:>8.1f} {:>9} {:>9} {:>7} {:>7} {:>10.1f} {:>8.1f}\n",
               n,
               cold.ms,
               warm_ms,
               peak / 1024.0,
               taskwarrior ? fmt::format("{:.1f}", task_cold) : "-",
               taskwarrior ? fmt::format("{:.1f}", task_warm) : "-",
               taskwarrior ? fmt::format("{:.2f}", cold.ms / task_cold) : "-",
               taskwarrior ? fmt::format("{:.2f}", warm_ms / task_warm) : "-",
               warm_ms * 1000.0 / n,
               median(advances));
    if (cold.exit_code != 0) {
      fmt::print("  (sopctl exited {})\n", cold.exit_code);
    }
  }
  fmt::print("targets at N = 10000: warm x <= 0.5, cold x <= 2, RSS <= 64 MB, ms/1000 flat, "
             "adv ms flat\n");
  return 0;
}
