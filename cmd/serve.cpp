#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/language.hpp>
#include <i18n/tr.hpp>
#include <serve/server.hpp>
#include <serve/who_acts.hpp>

namespace sopctl::cmd {

Definition define_serve(Options& options)
{
  struct Given
  {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string allow = "view";
    std::string user_header;
  };
  auto given = std::make_shared<Given>();
  options
    .option(
      "--host", given->host, tr("The address to listen on (default 127.0.0.1: this machine only)"))
    .number("--port", given->port, tr("The port to listen on (default 8080; 0: any free port)"))
    .choice("--allow",
            given->allow,
            {"view", "act"},
            tr("view: pages only (the default); act: also the forms to advance, note and "
               "monitor"))
    .option("--user-header",
            given->user_header,
            tr("Trust this header (set by an authenticating proxy, like X-Remote-User) to name "
               "the person of the roster acting"));
  return {tr("Serve the SOP site live, with forms to act on drafts (--allow act)"),
          [given](const Context& context) {
            serve::ServeOptions serving;
            serving.host = given->host;
            serving.port = given->port;
            serving.allow = given->allow == "act" ? serve::Allow::act : serve::Allow::view;
            serving.user_header = given->user_header;
            serve::check_options(serving);
            auto repository = open_repository(context);
            serve::check_can_act(serving, repository);
            serve::ServerSetup setup;
            setup.options = serving;
            setup.open_repository = [&context] { return open_repository(context); };
            setup.now = [](const store::Repository& repository) { return now(repository); };
            const char* path = std::getenv("PATH");
            setup.search_path = path ? path : "";
            setup.temp_dir = std::filesystem::temp_directory_path();
            setup.log = &context.out;
            serve::Server server(std::move(setup));
            // The address first and alone on its line, for scripts (the browser
            // tests) that start the server on port 0.
            context.out << server.url() << std::endl;
            context.out << (serving.allow == serve::Allow::act
                              ? trf("serving {} with its forms (--allow act); Ctrl+C stops it",
                                    repository.root.string())
                              : trf("serving {} for viewing (--allow view); Ctrl+C stops it",
                                    repository.root.string()))
                        << std::endl;
            // The pages are Indonesian, and so are the refusals the forms' ops
            // code words through tr().
            i18n::speak_language("id");
            serve::serve_until_signal(server);
            return 0;
          }};
}

} // namespace sopctl::cmd
