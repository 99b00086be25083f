#pragma once

#include "common/UnsavedChanges.h"
#include "procedure/CaseRecord.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace casetrack {

class Session;
class StepFieldsEditor;
struct StepDefinition;

// Records one step of a case. The form comes from the step table; the engine's own check
// (checkEvent) runs as the user types, and its refusal, with the article, is shown before
// anything is saved. Saving goes through Session::recordEvent (checked again, audited).
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(Session& session, const QString& caseId, const QString& stepId, QWidget* parent = nullptr);

    StepFieldsEditor* editor() const { return m_editor; }
    QString refusalText() const;
    bool canSave() const;

    // Escape, the close button, Alt+F4 and 取消 ask before typed input is discarded.
    void reject() override;

signals:
    void recorded(const QString& caseId);

private:
    void check();
    void save();

    Session& m_session;
    CaseRecord m_record;
    const StepDefinition* m_step;
    StepFieldsEditor* m_editor = nullptr;
    QLabel* m_refusal;
    QPushButton* m_save;
    std::optional<UnsavedChanges> m_unsaved;
};

} // namespace casetrack
