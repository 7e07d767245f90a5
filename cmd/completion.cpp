#include <command.hpp>
#include <completion_scripts.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>

namespace sopctl::cmd {

Definition define_completion(Options& options)
{
  auto shell = std::make_shared<std::string>();
  options.choice("shell", *shell, {"bash", "zsh", "fish"}, tr("The shell: bash, zsh or fish"));
  return {tr("Print a completion script for bash, zsh or fish"), [shell](const Context& context) {
            if (shell->empty()) {
              throw model::UsageError(
                tr("sopctl completion: give a shell: sopctl completion bash, zsh or fish"));
            }
            if (*shell == "bash") {
              context.out << bash_completion(context.program);
            } else if (*shell == "zsh") {
              context.out << zsh_completion(context.program);
            } else {
              context.out << fish_completion(context.program);
            }
            return 0;
          }};
}

} // namespace sopctl::cmd
