#include <help_examples.hpp>
#include <i18n/tr.hpp>
#include <map>

namespace sopctl::cmd {

namespace {

// Built on each call, after the language is chosen: tr() reads the
// catalogue then, and xgettext finds every text here by its tr().
std::map<std::string, CommandHelp, std::less<>> command_help()
{
  ExitStatus usage{2, tr("usage error: an unknown command or option, a missing argument")};
  std::map<std::string, CommandHelp, std::less<>> help;
  help[""] = {
    {{"sopctl start \"Pelayanan Akta Kelahiran\"", tr("Start a draft; it prints the draft's id")},
     {"sopctl advance --role sekretaris",
      tr("Complete the active step of the only draft in progress")},
     {"sopctl -C ~/sop-dinas status",
      tr("Show every draft of a repository elsewhere, as if started there")}},
    {{0, tr("done; --help and --version also exit 0")},
     {1, tr("refused or failed: the message on stderr says why; no file was changed")},
     {2,
      tr("usage error: an unknown command or option, a missing or malformed argument, an unknown "
         "role or letter")},
     {3, tr("report overdue --exit-code: at least one step, monitoring or evaluation is overdue")},
     {130, tr("stopped by Ctrl-C (128 + the signal's number); nothing was written")}}};
  help["init"] = {
    {{"sopctl init", tr("Set up the current directory as an SOP repository")},
     {"sopctl init dinas-dukcapil", tr("Set up a new directory")},
     {"sopctl init --git-config", tr("Register the merge driver again in this clone")}},
    {{0, tr("sopctl.yaml and sops/ were written (with --git-config: the driver was registered)")},
     {1,
      tr("refused: sopctl.yaml already exists, a file could not be written, or (--git-config) not "
         "a git work tree")},
     usage}};
  help["start"] = {
    {{"sopctl start \"Pelayanan Akta Kelahiran\"",
      tr("Start a draft; its id comes from the title")},
     {"sopctl start \"Pelayanan KTP-el\" --id ktp --by \"Budi Santoso\"",
      tr("Choose the id and say who starts it")}},
    {{0, tr("the draft was started; its id is printed")},
     {1, tr("refused: the id is taken, --at is in the future, or the file could not be written")},
     {2, tr("usage error: an unusable title or --id, a malformed --at, no --by to be had")}}};
  help["edit"] = {
    {{"sopctl edit akta", tr("Edit the draft's content in $VISUAL or $EDITOR")},
     {"sopctl edit akta --from akta-isi.yaml", tr("Take the content from a file instead")}},
    {{0, tr("the content was saved, or left as it was")},
     {1,
      tr("refused: the draft is unknown, or the new content does not validate (nothing is saved)")},
     usage}};
  help["advance"] = {{{"sopctl advance --role sekretaris",
                       tr("Complete the active step of the only draft in progress")},
                      {"sopctl advance akta --role kabid --no --note \"dasar hukum kurang\"",
                       tr("Send a draft back at a decision, with the reason")},
                      {"sopctl advance akta --role kabid --set meeting.date=2026-11-26",
                       tr("Give a value a letter of the step needs")}},
                     {{0, tr("the step was completed; the next step is printed")},
                      {1,
                       tr("refused: the role does not perform the active step, a decision needs "
                          "--yes or --no, the draft is finished, --at is in the future")},
                      {2,
                       tr("usage error: no --role, an unknown role, both --yes and --no, a "
                          "malformed --at or --set")}}};
  help["note"] = {
    {{"sopctl note akta \"menunggu data dari kecamatan\"",
      tr("Add a note at the draft's active step")},
     {"sopctl note akta \"rapat ditunda\" --role kabid", tr("Add a note as a role")}},
    {{0, tr("the note was added")},
     {1, tr("refused: the draft is unknown or finished, --at is earlier than its last event")},
     {2, tr("usage error: an empty note, an unknown --role, a malformed --at")}}};
  help["void"] = {
    {{"sopctl void akta --reason \"langkah 3 belum dilaksanakan\"",
      tr("Cancel the draft's last act; its step is active again")},
     {"sopctl void akta --reason \"tanggal rapat salah\" --dry-run",
      tr("Show the voided event it would append, changing nothing")}},
    {{0, tr("the last act was voided")},
     {1,
      tr("refused: nothing left to void, an act written before the hash chain, a person "
         "without the act's role")},
     {2, tr("usage error: no --reason, another --role than the act's, a malformed --at")}}};
  help["adopt"] = {
    {{"sopctl adopt ~/arsip/sop-cuti.yaml",
      tr("Bring an SOP signed on paper into sops/; it prints its id")},
     {"sopctl adopt sop-cuti.yaml --id cuti --note \"asli di lemari arsip\"",
      tr("Choose the id and say where the signed paper is kept")}},
    {{0, tr("the SOP was adopted; its id is printed")},
     {1,
      tr("refused: the file does not check clean, is a draft or has a record already, has no "
         "approval date, or the id is taken")},
     {2, tr("usage error: an unusable --id, a malformed --at, no --by to be had")}}};
  help["monitor"] = {
    {{"sopctl monitor akta --result baik --note \"Dilaksanakan sesuai SOP\"",
      tr("Record that the SOP in force runs well (Tabel 7 of PermenPAN-RB 35/2012)")},
     {"sopctl monitor akta --result tidak --note \"Langkah 3 terlambat\" --action \"Revisi SOP\"",
      tr("It does not run well: the action to take is required; an action saying revisi prints "
         "the sopctl revise line to run")}},
    {{0, tr("the monitoring was recorded")},
     {1,
      tr("refused: the SOP is unknown or not in force, a person without the monitoring role, "
         "--at earlier than its last event")},
     {2, tr("usage error: --result tidak without --action, an empty --note, a malformed --at")}}};
  help["evaluate"] = {
    {{"sopctl evaluate akta --criteria ya,ya,ya,ya,ya,ya,ya --note \"Efektif\"",
      tr("Record the yearly evaluation: every criterion met, result baik")},
     {"sopctl evaluate akta --criteria ya,tidak,ya,ya,ya,ya,ya --note \"Sulit dipahami\" "
      "--action \"Revisi SOP\"",
      tr("A criterion not met: result tidak, with the action to take")}},
    {{0, tr("the evaluation was recorded")},
     {1,
      tr("refused: the SOP is unknown or not in force, a person without the monitoring role, "
         "--at earlier than its last event")},
     {2,
      tr("usage error: a number of answers other than the number of criteria, an answer other "
         "than ya or tidak, an empty --note, a malformed --at")}}};
  help["revise"] = {
    {{"sopctl revise akta --reason \"menyesuaikan Perwal 5/2026\"",
      tr("Start version 2 of the SOP in force: it prints the new draft's id (akta-v2)")},
     {"sopctl revise akta --dry-run", tr("Show the draft it would create, changing nothing")}},
    {{0, tr("the revision was started; its id is printed")},
     {1,
      tr("refused: the SOP is a draft, superseded or revoked, a revision of it is already open, "
         "the id is taken")},
     {2, tr("usage error: a reason of more than one line, an unusable --id, a malformed --at")}}};
  help["revoke"] = {
    {{"sopctl revoke akta --reason \"digabung\" --ref \"Keputusan Kepala Dinas Nomor "
      "800/45/2026\"",
      tr("Revoke an SOP in force by a decree, as its signer")},
     {"sopctl revoke akta --reason \"digabung\" --ref \"...\" --dry-run",
      tr("Show the revoked event it would append, changing nothing")}},
    {{0, tr("the SOP was revoked")},
     {1,
      tr("refused: the SOP is a draft, superseded or already revoked, the person does not hold "
         "the signing role")},
     {2, tr("usage error: no --reason or --ref, or an empty one, a malformed --at")}}};
  help["status"] = {
    {{"sopctl status", tr("One line per draft")},
     {"sopctl status akta", tr("Every step of one draft, with its time standard")},
     {"sopctl status --format json", tr("The same for a program")}},
    {{0, tr("the drafts were listed")},
     {1, tr("DRAFT is unknown, or a draft does not load (the others are still listed)")},
     usage}};
  help["register"] = {
    {{"sopctl register", tr("Every SOP of sops/: number, version, dates, state, next monitoring")},
     {"sopctl register --state berlaku", tr("Only the SOPs in force")},
     {"sopctl register --format xlsx -o daftar-sop.xlsx", tr("The register as an Excel workbook")}},
    {{0, tr("the register was printed")},
     {1, tr("a file of sops/ or the procedure does not load (the other SOPs are still listed)")},
     {2, tr("usage error: an unknown --state or --format, xlsx without -o FILE")}}};
  help["log"] = {
    {{"sopctl log akta", tr("The draft's events, oldest first")},
     {"sopctl log akta --format json", tr("The same for a program")}},
    {{0, tr("the history was printed")}, {1, tr("the draft is unknown or does not load")}, usage}};
  help["check"] = {{{"sopctl check", tr("Check sopctl.yaml and every file in sops/")},
                    {"sopctl check sops/akta.yaml", tr("Check one file")}},
                   {{0, tr("every file is valid (warnings may be printed)")},
                    {1, tr("a problem was found; each is printed on stdout with its line:column")},
                    usage}};
  help["report"] = {
    {{"sopctl report overdue", tr("Every overdue step, the latest first")},
     {"sopctl report due --within \"2 hari\"", tr("Steps due in the next two working days")},
     {"sopctl report performance --format csv > kinerja.csv",
      tr("Durations against the standards, for a spreadsheet")}},
    {{0, tr("the report was printed")},
     {1, tr("a draft or the procedure does not load (the other drafts are still reported)")},
     {2, tr("usage error: an unknown --role, a malformed --at or --within")},
     {3,
      tr("report overdue --exit-code: at least one step, monitoring or evaluation is overdue")}}};
  help["report overdue"] = {
    {{"sopctl report overdue --role kabid", tr("Only the steps kabid performs")},
     {"sopctl report overdue --kind monitoring,evaluation",
      tr("Only the monitorings and evaluations that are late")},
     {"sopctl report overdue --exit-code || kirim-pengingat",
      tr("Exit 3 when anything is overdue, for cron")}},
    {}};
  help["report due"] = {
    {{"sopctl report due", tr("Steps due within one working day, and steps at risk")},
     {"sopctl report due --within \"2 hari\" --role kasi",
      tr("Two working days ahead, for one role")}},
    {}};
  help["report performance"] = {
    {{"sopctl report performance", tr("Per step and per role: durations against the standards")},
     {"sopctl report performance --format json", tr("The same for a program")}},
    {}};
  help["calendar"] = {
    {{"sopctl calendar show --year 2026", tr("Working hours and the holidays of 2026")},
     {"sopctl calendar import libur-2026.ics",
      tr("Add the all-day events of a calendar file as holidays")}},
    {{0, tr("the calendar was shown, or the holidays were added")},
     {1,
      tr("refused: the file cannot be read or holds no all-day event, or sopctl.yaml does not "
         "load")},
     usage}};
  help["calendar show"] = {{{"sopctl calendar show", tr("Working hours and every holiday")},
                            {"sopctl calendar show --year 2026", tr("Only the holidays of 2026")}},
                           {}};
  help["calendar import"] = {
    {{"sopctl calendar import libur-2026.ics", tr("Add the all-day events as holidays")},
     {"sopctl -C ~/sop-dinas calendar import libur.ics",
      tr("The file is read in the directory -C names")}},
    {}};
  help["render"] = {
    {{"sopctl render akta -o akta.pdf", tr("The SOP document as PDF (needs chromium)")},
     {"sopctl render akta --format md", tr("The SOP as Markdown on standard output")},
     {"sopctl render akta --output undangan-rapat -o undangan.pdf", tr("A letter of the draft")}},
    {{0, tr("the document was written")},
     {1,
      tr("refused: the draft does not load, a template is wrong, or chromium or libreoffice is "
         "missing or failed")},
     {2, tr("usage error: an unknown --format or letter, a letter asked for as md")}}};
  help["site"] = {
    {{"sopctl site build --out public", tr("The office's SOP site, for any web server")},
     {"sopctl site build --out public --public",
      tr("Only the SOPs in force and their documents, for everyone")}},
    {{0, tr("the site was written")},
     {1,
      tr("refused: the directory is the repository or holds files sopctl did not write, or "
         "chromium is missing; or a file of sops/ does not load (the rest of the site is "
         "written)")},
     usage}};
  help["site build"] = {
    {{"sopctl site build --out public", tr("Pages, documents and PDFs into public/")},
     {"sopctl site build --out /var/www/sop --public --at 2026-12-01T08:00",
      tr("The public site, as of a moment")}},
    {}};
  help["serve"] = {
    {{"sopctl serve", tr("Show the SOP site live at http://127.0.0.1:8080/ (pages only)")},
     {"sopctl serve --allow act --port 0",
      tr("Also the forms to advance, note and monitor, on any free port (printed first)")},
     {"sopctl serve --host 0.0.0.0 --allow act --user-header X-Remote-User",
      tr("Behind an authenticating proxy that names the person in X-Remote-User")}},
    {{0, tr("not returned while serving: the server runs until it is stopped (130, 143)")},
     {1,
      tr("refused at start: the address or port cannot be listened on, or --allow act has no "
         "way to tell who acts")},
     {2,
      tr("usage error: --allow act on a non-loopback --host without --user-header, a bad "
         "--port or header name, no git identity to act as")},
     {130, tr("stopped by Ctrl-C (SIGINT); 143: stopped by SIGTERM")}}};
  help["sync"] = {{{"sopctl sync", tr("Pull (rebase) and push, saying which drafts merged")},
                   {"sopctl -C ~/sop-dinas sync", tr("The same for a repository elsewhere")}},
                  {{0, tr("pulled and pushed")},
                   {1, tr("not a git work tree, a conflict, or a failed pull or push")},
                   usage}};
  help["verify"] = {
    {{"sopctl verify", tr("Check every draft's history")},
     {"sopctl verify akta --git", tr("Also against the commits that introduced its events")}},
    {{0, tr("every history is intact")},
     {1, tr("a problem was found (printed on stdout), or --git outside a git work tree")},
     usage}};
  help["merge-driver"] = {
    {{"sopctl init --git-config", tr("Register this driver in a clone (git runs it)")},
     {"sopctl merge-driver base.yaml ours.yaml theirs.yaml sops/akta.yaml",
      tr("What git runs: the result is written to ours.yaml")}},
    {{0, tr("merged cleanly")},
     {1, tr("a conflict was left in OURS, with markers; git stops the merge")},
     usage}};
  help["completion"] = {
    {{"source <(sopctl completion bash)", tr("Complete sopctl's words in this bash session")},
     {"sopctl completion zsh > ~/.zfunc/_sopctl", tr("Install for zsh (a directory on $fpath)")},
     {"sopctl completion fish > ~/.config/fish/completions/sopctl.fish", tr("Install for fish")}},
    {{0, tr("the script was printed")},
     {2, tr("usage error: a shell other than bash, zsh or fish")}}};
  help["manpage"] = {{{"sopctl manpage | man -l -", tr("Read the manual page")},
                      {"sopctl manpage > sopctl.1", tr("Write it to a file")}},
                     {{0, tr("the page was printed")}, usage}};
  return help;
}

} // namespace

CommandHelp help_for(std::string_view path)
{
  auto help = command_help();
  CommandHelp found;
  if (auto entry = help.find(path); entry != help.end()) {
    found = entry->second;
  }
  // A nested command's exit codes are its parent's.
  for (auto parent = path; found.exits.empty() && !parent.empty();) {
    auto space = parent.rfind(' ');
    parent = space == std::string_view::npos ? std::string_view() : parent.substr(0, space);
    if (auto entry = help.find(parent); entry != help.end() && !parent.empty()) {
      found.exits = entry->second.exits;
    }
  }
  return found;
}

} // namespace sopctl::cmd
