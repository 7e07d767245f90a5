#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/check.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_check(Options& options)
{
  struct Given
  {
    std::vector<std::string> paths;
    std::string format = "table";
  };
  auto given = std::make_shared<Given>();
  options.positionals("paths", given->paths, tr("Files or directories"))
    .choice("--format", given->format, record_formats(false), format_help(false));
  return {tr("Validate SOP files (default: sopctl.yaml and sops/)"),
          [given](const Context& context) {
            // A broken sopctl.yaml is one of the problems to report (check
            // reads it again), not a reason to stop before checking the rest.
            auto repository =
              store::open_repository(context.cwd, std::nullopt, store::BadConfig::use_defaults);
            std::vector<std::filesystem::path> files(given->paths.begin(), given->paths.end());
            return ops::check_files(
              repository, files, context.out, context.err, output_format(given->format));
          }};
}

} // namespace sopctl::cmd
