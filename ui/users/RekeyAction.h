#pragma once

class QWidget;
class QString;

namespace casetrack {

class Session;

// The administrators' "re-encrypt" action (docs/security.md): asks for the administrator's own
// password, re-keys, and shows the new recovery key once. Returns the status line to show.
QString runRekey(Session& session, QWidget* parent);

} // namespace casetrack
