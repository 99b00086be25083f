#pragma once

#include "procedure/CaseRecord.h"

#include <QDialog>

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
};

} // namespace casetrack
