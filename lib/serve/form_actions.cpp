#include <model/errors.hpp>
#include <model/text.hpp>
#include <ops/advance.hpp>
#include <ops/monitor.hpp>
#include <ops/note.hpp>
#include <serve/form_actions.hpp>
#include <serve/form_fields.hpp>
#include <vector>

namespace sopctl::serve {

namespace {

// A refusal of the form itself, before any ops code ran.
Answer incomplete(std::string message, std::string back)
{
  Answer answer;
  answer.status = 422;
  answer.title = "Formulir tidak lengkap";
  answer.message = std::move(message);
  answer.back = std::move(back);
  return answer;
}

Answer refused(int status, std::string title, const std::exception& error, std::string back)
{
  Answer answer;
  answer.status = status;
  answer.title = std::move(title);
  answer.message = error.what();
  answer.back = std::move(back);
  return answer;
}

// Whether `id` can be a file name of sops/ as the pages name it: letters,
// digits, '.', '-' and '_', not starting with '.'. It goes into the answer's
// Location, so nothing else may (no '/', no line break).
bool is_plain_id(const std::string& id)
{
  if (id.empty() || id.front() == '.' || id.size() > 200) {
    return false;
  }
  for (unsigned char c : id) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '-' || c == '_';
    if (!plain) {
      return false;
    }
  }
  return true;
}

} // namespace

std::optional<Action> action_at(std::string_view path)
{
  if (path == "/aksi/maju") {
    return Action::advance;
  }
  if (path == "/aksi/catatan") {
    return Action::note;
  }
  if (path == "/aksi/pantau") {
    return Action::monitor;
  }
  return std::nullopt;
}

Answer carry_out(Action action,
                 const FormField& field,
                 const store::Repository& repository,
                 const ops::Actor& actor,
                 const ops::Clock& clock,
                 std::ostream& out)
{
  bool on_sop = action == Action::monitor;
  auto id = model::trim(field(on_sop ? "sop" : "draft").value_or(""));
  // The pages are at site-relative paths; the answer's location is relative
  // to /aksi/.
  if (!id.empty() && !is_plain_id(id)) {
    return incomplete("Formulir ini menyebut berkas yang tidak ada di situs ini.", "index.html");
  }
  auto page = (on_sop ? "sop/" : "konsep/") + id + ".html";
  if (id.empty()) {
    return incomplete(on_sop ? "Formulir ini tidak menyebut SOP-nya (sop)."
                             : "Formulir ini tidak menyebut konsepnya (draft).",
                      "index.html");
  }
  // The hash is what makes an update never lost, and a form another site
  // forged would not know it: a form without it is refused.
  auto hash = model::trim(field("hash").value_or(""));
  if (hash.empty()) {
    return incomplete("Formulir ini tidak membawa hash berkas (hash) dari halaman yang dibuka; "
                      "buka lagi halamannya dan kirim formulirnya dari sana.",
                      page);
  }
  try {
    auto note = form_text(field("catatan"));
    model::refuse_control_characters(note, "catatan");
    switch (action) {
      case Action::advance: {
        workflow::AdvanceRequest request;
        request.role = model::trim(field("peran").value_or(""));
        request.note = note;
        auto decision = model::trim(field("keputusan").value_or(""));
        if (decision == "ya") {
          request.exit = model::Exit::ya;
          request.exit_option = "--yes";
        } else if (decision == "tidak") {
          request.exit = model::Exit::tidak;
          request.exit_option = "--no";
        } else if (!decision.empty()) {
          return incomplete("Keputusan (keputusan) hanya dapat ya atau tidak.", page);
        }
        request.set = form_assignments(field("set"));
        request.by = actor.by;
        request.identity = actor.identity;
        request.at_given = false;
        request.expected_hash = hash;
        ops::advance_draft(repository, id, request, clock, out);
        break;
      }
      case Action::note: {
        ops::NoteRequest request;
        request.text = note;
        request.role = model::trim(field("peran").value_or(""));
        request.by = actor.by;
        request.identity = actor.identity;
        request.at_given = false;
        request.clock = clock;
        request.expected_hash = hash;
        ops::note_draft(repository, id, request, out);
        break;
      }
      case Action::monitor: {
        ops::AssessmentRequest request;
        request.result = model::trim(field("hasil").value_or(""));
        request.note = note;
        request.action = form_text(field("tindakan"));
        model::refuse_control_characters(request.action, "tindakan");
        request.by = actor.by;
        request.identity = actor.identity;
        request.at_given = false;
        request.clock = clock;
        request.expected_hash = hash;
        ops::monitor_sop(repository, id, request, out);
        break;
      }
    }
  } catch (const model::FileChanged& error) {
    return refused(409, "Berkas telah berubah sejak halaman ini dibuka", error, page);
  } catch (const model::NotPermitted& error) {
    return refused(403, "Tidak diizinkan", error, page);
  } catch (const model::Error& error) {
    return refused(422, "Ditolak", error, page);
  }
  Answer done;
  done.status = 303;
  done.location = "../" + page;
  return done;
}

} // namespace sopctl::serve
